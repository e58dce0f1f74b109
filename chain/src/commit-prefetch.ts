import { availableParallelism } from 'node:os';
import type { Blockchain } from './blockchain/blockchain.js';
import { type CommitDecryptor, createWorkerDecryptor } from './blockchain/commit-decryptor.js';
import { decryptionsDue, rememberDecryption } from './pallets/subtensor/commit-decryptions.js';

/** Where a prefetch failure goes (the node's logger). */
type WarnLogger = { warn(fields: object, message: string): void };

/**
 * Decrypts CR-v4 commits in worker threads as soon as their drand pulse is stored, so that the block that reveals
 * them (the first of their reveal epoch, or the one after the pulse) only applies the results. Call `onBlock` after
 * each imported block; the pool starts at the first commit there is to decrypt. Without it (or before it has
 * finished) the reveal decrypts on the block step itself: the chain is the same either way.
 *
 * @example
 * const prefetch = createCommitPrefetch({ chain, threads: 2 });
 * producer.onBlock(() => prefetch.onBlock());
 */
export function createCommitPrefetch(options: { chain: Blockchain; threads?: number; logger?: WarnLogger }): {
  onBlock(): void;
  close(): Promise<void>;
} {
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism()));
  let decryptor: Promise<CommitDecryptor> | undefined;
  let busy = false;
  let closed = false;
  return {
    onBlock() {
      if (busy || closed) return;
      const jobs = decryptionsDue(options.chain.stateAt());
      if (jobs.length === 0) return;
      busy = true;
      decryptor ??= createWorkerDecryptor({ threads });
      decryptor
        .then((pool) => pool.decrypt(jobs))
        .then((results) => {
          for (const [i, result] of results.entries()) rememberDecryption(jobs[i]!.key, result);
        })
        .catch((error) => options.logger?.warn({ err: error }, 'commit decryption workers failed'))
        .finally(() => {
          busy = false;
        });
    },
    async close() {
      closed = true;
      await (await decryptor?.catch(() => undefined))?.close();
    },
  };
}
