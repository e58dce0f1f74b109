/**
 * The virtual environment the interop tests run the real Bittensor tools from: `.venv-interop/` at the checkout's
 * root, created with `python3 -m venv` and `pip install -r test/interop/requirements.txt` on first use and reused
 * while the requirements file's hash matches the stamp written into it. Test files in parallel workers share one
 * build: the first takes a lock directory, the others wait for its stamp.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from '../../support/devnet-process.js';

const run = promisify(execFile);

/** The environment's directory, its stamp and the lock a build holds. */
export const VENV = join(root, '.venv-interop');
const STAMP = join(VENV, 'requirements.sha256');
const LOCK = `${VENV}.lock`;
const REQUIREMENTS = join(root, 'test/interop/requirements.txt');
/** A lock older than this is a build that died; the next caller takes over. */
const STALE_LOCK_MS = 15 * 60_000;

async function requirementsHash(): Promise<string> {
  return createHash('sha256')
    .update(await readFile(REQUIREMENTS))
    .digest('hex');
}

async function stampMatches(hash: string): Promise<boolean> {
  return (await readFile(STAMP, 'utf8').catch(() => '')).trim() === hash;
}

/** Takes the build lock; false when another process holds a fresh one. */
async function tryLock(): Promise<boolean> {
  try {
    await mkdir(LOCK);
    return true;
  } catch {
    const held = await stat(LOCK).catch(() => undefined);
    if (held !== undefined && Date.now() - held.mtimeMs < STALE_LOCK_MS) return false;
    await rm(LOCK, { recursive: true, force: true });
    return tryLock();
  }
}

async function build(python: string, hash: string): Promise<void> {
  await rm(VENV, { recursive: true, force: true });
  await run(python, ['-m', 'venv', VENV]);
  await run(
    join(VENV, 'bin/python'),
    ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-q', '-r', REQUIREMENTS],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  await writeFile(STAMP, `${hash}\n`);
}

/**
 * The environment's `python`, after building the environment with `python` (the system's `python3`) when it is
 * missing or was built from another requirements file.
 *
 * @example
 * const venvPython = await interopPython(inject('python').command);
 */
export async function interopPython(python: string): Promise<string> {
  const hash = await requirementsHash();
  for (;;) {
    if (await stampMatches(hash)) return join(VENV, 'bin/python');
    if (await tryLock()) {
      try {
        if (!(await stampMatches(hash))) await build(python, hash);
      } finally {
        await rm(LOCK, { recursive: true, force: true });
      }
    } else {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
