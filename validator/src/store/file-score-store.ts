import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ValidatorError } from '../validator-error.js';
import type { PendingCommit, ScoreStore, ValidatorState } from './validator-state.js';

/**
 * The `format` field of a state file.
 *
 * @example
 * JSON.parse(await readFile(path, 'utf8')).format === STATE_FORMAT;
 */
export const STATE_FORMAT = 'subnetkit-validator-state';

/**
 * The state file version this validator writes and reads.
 *
 * @example
 * JSON.parse(await readFile(path, 'utf8')).version === STATE_VERSION;
 */
export const STATE_VERSION = 1;

type StateFileV1 = {
  format: typeof STATE_FORMAT;
  version: 1;
  netuid: number;
  hotkey: string;
  step: number;
  scores: Record<string, number>;
  lastWeightsBlock: number | null;
  pendingCommit: PendingCommit | null;
};

/**
 * Options of {@link createFileScoreStore}.
 *
 * @example
 * const options: FileScoreStoreOptions = { path: './validator-state.json' };
 */
export type FileScoreStoreOptions = {
  /** The state file. Its directory must exist. */
  path: string;
};

/**
 * A {@link ScoreStore} in one JSON file (`{ format, version: 1, netuid, hotkey, step, scores, … }`), written
 * atomically: the new state goes to a temporary file in the same directory, is fsynced, renamed over the old file,
 * and the directory is fsynced. A kill -9 at any moment leaves the previous or the new state. `load` refuses a file
 * it cannot trust (`VALIDATOR_STORE_CORRUPT`, `VALIDATOR_STORE_UNSUPPORTED_VERSION`) instead of starting from zero.
 * Scores are JSON doubles, so they come back bit for bit. Temporary files left by a killed writer are removed on `load`.
 *
 * @example
 * const store = createFileScoreStore({ path: '/var/lib/validator/state.json' });
 * const restored = await store.load(); // undefined on first start
 */
export function createFileScoreStore(options: FileScoreStoreOptions): ScoreStore {
  const { path } = options;
  let writes = 0;
  return {
    async load() {
      await removeStaleTemporaries(path);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      return parseStateFile(text, path);
    },
    async save(state) {
      const temporary = `${path}.${process.pid}.${writes++}.tmp`;
      const file = await open(temporary, 'w', 0o600);
      try {
        await file.writeFile(serializeState(state));
        await file.sync();
      } finally {
        await file.close();
      }
      try {
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      const directory = await open(dirname(path), 'r');
      try {
        await directory.sync();
      } finally {
        await directory.close();
      }
    },
  };
}

/** Removes `<file>.<pid>.<n>.tmp` files a killed process left behind. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => rm(join(dirname(path), name), { force: true })),
  );
}

/**
 * The state file text of a {@link ValidatorState} (version {@link STATE_VERSION}).
 *
 * @example
 * const text = serializeState(state);
 */
export function serializeState(state: ValidatorState): string {
  const file: StateFileV1 = {
    format: STATE_FORMAT,
    version: 1,
    netuid: state.netuid,
    hotkey: state.hotkey,
    step: state.step,
    scores: Object.fromEntries(state.scores),
    lastWeightsBlock: state.lastWeightsBlock,
    pendingCommit: state.pendingCommit,
  };
  return `${JSON.stringify(file)}\n`;
}

/**
 * Parses a state file; throws `VALIDATOR_STORE_CORRUPT` or `VALIDATOR_STORE_UNSUPPORTED_VERSION`.
 *
 * @example
 * const state = parseStateFile(await readFile(path, 'utf8'), path);
 */
export function parseStateFile(text: string, path: string): ValidatorState {
  let file: Partial<StateFileV1>;
  try {
    file = JSON.parse(text) as Partial<StateFileV1>;
  } catch (cause) {
    throw new ValidatorError(
      'VALIDATOR_STORE_CORRUPT',
      `${path} is not valid JSON; move it away to start fresh`,
      {
        cause,
      },
    );
  }
  if (file === null || typeof file !== 'object' || file.format !== STATE_FORMAT) {
    throw new ValidatorError('VALIDATOR_STORE_CORRUPT', `${path} is not a ${STATE_FORMAT} file`);
  }
  if (file.version !== STATE_VERSION) {
    throw new ValidatorError(
      'VALIDATOR_STORE_UNSUPPORTED_VERSION',
      `${path} has state version ${String(file.version)}; this validator reads version ${STATE_VERSION}`,
    );
  }
  const scores = file.scores ?? {};
  const valid =
    Number.isInteger(file.netuid) &&
    typeof file.hotkey === 'string' &&
    Number.isInteger(file.step) &&
    typeof scores === 'object' &&
    Object.values(scores).every((s) => typeof s === 'number' && Number.isFinite(s));
  if (!valid) throw new ValidatorError('VALIDATOR_STORE_CORRUPT', `${path} has missing or malformed fields`);
  return {
    netuid: file.netuid as number,
    hotkey: file.hotkey as string,
    step: file.step as number,
    scores: new Map(Object.entries(scores)),
    lastWeightsBlock: file.lastWeightsBlock ?? null,
    pendingCommit: file.pendingCommit ?? null,
  };
}
