/**
 * Runs one of the interop tests' Python scripts (`test/interop/py/*.py`) with the interop environment's Python and
 * reads the JSON object it prints last, so a test can compare what the Bittensor tools saw with what subnetkit reads.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from '../../support/devnet-process.js';

const run = promisify(execFile);

/** Where the scripts live. */
export const PY_DIR = join(root, 'test/interop/py');

/** What a script printed and returned. */
export type PythonResult = { readonly stdout: string; readonly stderr: string };

/**
 * Runs `python script args…` in `test/interop/py`; rejects with the script's stderr when it exits non-zero.
 *
 * @example
 * const out = await runPython(venvPython, 'sdk_calls.py', [devnet.url, '1']);
 */
export async function runPython(
  python: string,
  script: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {},
): Promise<PythonResult> {
  const child = run(python, [join(PY_DIR, script), ...args], {
    cwd: PY_DIR,
    env: { ...process.env, PYTHONUNBUFFERED: '1', ...options.env },
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  if (options.input !== undefined) child.child.stdin?.end(options.input);
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${script} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/**
 * The last line of `stdout` parsed as JSON (the scripts print one result object at the end).
 *
 * @example
 * const { block } = lastJson<{ block: number }>(out.stdout);
 */
export function lastJson<T>(stdout: string): T {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? 'null') as T;
}
