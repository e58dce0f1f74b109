import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliError } from '../framework/cli-error.js';

/** Where a demo run keeps its files. */
export type DataDir = {
  readonly path: string;
  /** True for the default temporary directory, which {@link DataDir.remove} deletes. */
  readonly temporary: boolean;
  /** Deletes a temporary directory; keeps a `--data-dir`. */
  remove(): void;
};

/**
 * The run's data directory: `requested` (created if missing; it must be empty, since the demo starts a fresh chain)
 * or a new temporary directory.
 *
 * @example
 * const dir = openDataDir(undefined); // /tmp/subnetkit-start-XXXXXX
 * dir.remove();
 */
export function openDataDir(requested: string | undefined): DataDir {
  if (requested === undefined) {
    const path = mkdtempSync(join(tmpdir(), 'subnetkit-start-'));
    return { path, temporary: true, remove: () => rmSync(path, { recursive: true, force: true }) };
  }
  const path = resolve(requested);
  mkdirSync(path, { recursive: true });
  if (readdirSync(path).length > 0) {
    throw new CliError('CLI_INVALID_OPTION', `--data-dir ${path} is not empty`, {
      fix: 'pass a new or empty directory: the demo always starts a fresh chain',
    });
  }
  return { path, temporary: false, remove: () => {} };
}
