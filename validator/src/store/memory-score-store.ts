import { parseStateFile, serializeState } from './file-score-store.js';
import type { ScoreStore } from './validator-state.js';

/**
 * A {@link ScoreStore} in memory, for validators that may forget their scores (a dry run, a test). It stores the
 * same serialised form as the file store, so what it returns is a copy and never shares maps with the caller.
 *
 * @example
 * const validator = createValidator({ ...options, store: createMemoryScoreStore() });
 */
export function createMemoryScoreStore(): ScoreStore {
  let text: string | undefined;
  return {
    load: async () => (text === undefined ? undefined : parseStateFile(text, 'memory')),
    save: async (state) => {
      text = serializeState(state);
    },
  };
}
