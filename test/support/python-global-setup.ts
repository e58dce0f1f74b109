/**
 * Vitest global setup: finds out once per run whether the Python interop suite (`test/interop/`) can run — a
 * `python3` of at least 3.10 with its `venv` module — gives the answer to test files as `inject('python')`, and prints
 * one line naming what to install when the suite will be skipped, instead of a failure per test.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

/** The Python the interop tests build their virtual environment with, or why there is none. */
export type PythonAvailability =
  | { readonly command: string; readonly version: string }
  | { readonly command: undefined; readonly reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    python: PythonAvailability;
  }
}

/** The oldest Python bittensor 11 installs on. */
const MIN_MINOR = 10;
const INSTALL = 'apt-get install python3 python3-venv, or brew install python';

/** `python3 --version` and whether `python3 -m venv` is there; undefined when `python3` does not run. */
function probe(command: string): PythonAvailability {
  const version = spawnSync(
    command,
    ['-c', 'import sys, venv, ensurepip; print("%d.%d.%d" % sys.version_info[:3])'],
    {
      encoding: 'utf8',
    },
  );
  if (version.error !== undefined) return { command: undefined, reason: `no ${command} on the PATH` };
  if (version.status !== 0) return { command: undefined, reason: `${command} has no venv/ensurepip module` };
  const text = version.stdout.trim();
  const [major = 0, minor = 0] = text.split('.').map(Number);
  if (major < 3 || (major === 3 && minor < MIN_MINOR)) {
    return { command: undefined, reason: `${command} is ${text}; bittensor needs 3.${MIN_MINOR} or newer` };
  }
  return { command, version: text };
}

/** Provides `python` to the test files, and warns once when the interop suite will skip. */
export default function setup(project: TestProject): void {
  const python = probe('python3');
  project.provide('python', python);
  if (python.command === undefined) {
    console.warn(
      `Python interop tests (test/interop) skipped: ${python.reason}. Install Python ≥ 3.${MIN_MINOR} (${INSTALL}).`,
    );
  }
}
