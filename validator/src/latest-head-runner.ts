import type { ChainHead } from './chain/validator-chain.js';

/**
 * Runs `task` for new heads, one run at a time: a head that arrives while a run is in progress is kept and run next,
 * replacing any older waiting head (intermediate heads are skipped, the newest is never lost).
 *
 * @example
 * const runner = createLatestHeadRunner((head) => maybeSetWeights(head));
 * chain.subscribeHeads(runner.push);
 */
export function createLatestHeadRunner(task: (head: ChainHead) => Promise<void>): {
  push(head: ChainHead): void;
  /** Resolves when no run is in progress or waiting. */
  idle(): Promise<void>;
} {
  let waiting: ChainHead | undefined;
  let running: Promise<void> | undefined;
  const drain = async () => {
    while (waiting !== undefined) {
      const head = waiting;
      waiting = undefined;
      await task(head);
    }
    running = undefined;
  };
  return {
    push(head) {
      waiting = head;
      running ??= drain();
    },
    idle: async () => {
      while (running !== undefined) await running;
    },
  };
}
