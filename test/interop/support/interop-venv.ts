/**
 * The virtual environments the interop tests run the real Bittensor tools from, one per requirements file in
 * `test/interop/`: `requirements.txt` → `.venv-interop/` (bittensor 11.3, btcli) and `requirements-axon.txt` →
 * `.venv-interop-axon/` (bittensor 10.5, the last release with Axon, Dendrite and Synapse). Each is created at the
 * checkout's root with `python3 -m venv` and `pip install -r <file>` on first use and reused while the file's hash
 * matches the stamp written into it. Test files in parallel workers share one build: the first takes a lock
 * directory, the others wait for its stamp.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from '../../support/devnet-process.js';

const run = promisify(execFile);

/** A requirements file of `test/interop/` and the environment built from it. */
export type InteropVenv = { readonly requirements: string; readonly dir: string };

/** bittensor 11.3, btcli 9.23 and the wallet: the chain and wallet tests (items 1, 2, 5 of issue 18). */
export const SDK_VENV: InteropVenv = {
  requirements: join(root, 'test/interop/requirements.txt'),
  dir: join(root, '.venv-interop'),
};

/** bittensor 10.5 with its Axon, Dendrite and Synapse: the wire tests (items 3, 4 of issue 18). */
export const AXON_VENV: InteropVenv = {
  requirements: join(root, 'test/interop/requirements-axon.txt'),
  dir: join(root, '.venv-interop-axon'),
};

/** A lock older than this is a build that died; the next caller takes over. */
const STALE_LOCK_MS = 15 * 60_000;

const stampOf = (venv: InteropVenv) => join(venv.dir, 'requirements.sha256');

async function requirementsHash(venv: InteropVenv): Promise<string> {
  return createHash('sha256')
    .update(await readFile(venv.requirements))
    .digest('hex');
}

async function stampMatches(venv: InteropVenv, hash: string): Promise<boolean> {
  return (await readFile(stampOf(venv), 'utf8').catch(() => '')).trim() === hash;
}

/** Takes the build lock; false when another process holds a fresh one. */
async function tryLock(lock: string): Promise<boolean> {
  try {
    await mkdir(lock);
    return true;
  } catch {
    const held = await stat(lock).catch(() => undefined);
    if (held !== undefined && Date.now() - held.mtimeMs < STALE_LOCK_MS) return false;
    await rm(lock, { recursive: true, force: true });
    return tryLock(lock);
  }
}

async function build(python: string, venv: InteropVenv, hash: string): Promise<void> {
  await rm(venv.dir, { recursive: true, force: true });
  await run(python, ['-m', 'venv', venv.dir]);
  await run(
    join(venv.dir, 'bin/python'),
    ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-q', '-r', venv.requirements],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  await writeFile(stampOf(venv), `${hash}\n`);
}

/**
 * The environment's `python`, after building `venv` with `python` (the system's `python3`) when it is missing or was
 * built from another version of its requirements file.
 *
 * @example
 * const venvPython = await interopPython(inject('python').command, AXON_VENV);
 */
export async function interopPython(python: string, venv: InteropVenv = SDK_VENV): Promise<string> {
  const hash = await requirementsHash(venv);
  const lock = `${venv.dir}.lock`;
  for (;;) {
    if (await stampMatches(venv, hash)) return join(venv.dir, 'bin/python');
    if (await tryLock(lock)) {
      try {
        if (!(await stampMatches(venv, hash))) await build(python, venv, hash);
      } finally {
        await rm(lock, { recursive: true, force: true });
      }
    } else {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
