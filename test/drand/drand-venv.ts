/**
 * A small Python virtual environment with `bittensor-drand` from PyPI, for the timelock interop test: built once
 * under `test/drand/.venv-drand/` (git-ignored) and reused while `requirements.txt` is unchanged (its SHA-256 is
 * stamped in the venv). Resolves to the venv's python, or to the reason it cannot exist here (no python3, no PyPI).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DIR = import.meta.dirname;
const VENV = join(DIR, '.venv-drand');
const STAMP = join(VENV, 'requirements.sha256');
const PYTHON = join(VENV, 'bin', 'python');

/** The venv's python, or why there is none. */
export type DrandVenv = { readonly python: string } | { readonly skip: string };

/** Builds (or reuses) the venv. */
export async function drandVenv(): Promise<DrandVenv> {
  const requirements = join(DIR, 'requirements.txt');
  const hash = createHash('sha256').update(readFileSync(requirements)).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return { python: PYTHON };
  try {
    await run('python3', ['--version']);
  } catch {
    return { skip: 'no python3 on PATH: the bittensor-drand interop test needs Python 3.9+' };
  }
  rmSync(VENV, { recursive: true, force: true });
  try {
    await run('python3', ['-m', 'venv', VENV]);
    await run(
      PYTHON,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements],
      {
        timeout: 170_000,
      },
    );
  } catch (error) {
    rmSync(VENV, { recursive: true, force: true });
    return { skip: `could not install bittensor-drand from PyPI: ${String(error).split('\n')[0]}` };
  }
  writeFileSync(STAMP, hash);
  return { python: PYTHON };
}
