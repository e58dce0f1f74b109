import { Worker } from 'node:worker_threads';
import type { TimelockDecryptResult } from '@subnetkit/drand';
import { workerExecArgv } from './signature-verifier.js';

/** One decryption: a ciphertext and the pulse signature of its round. */
export interface DecryptJob {
  readonly ciphertext: Uint8Array;
  readonly signature: Uint8Array;
}

/** A batch the pool posts to a worker. */
export interface DecryptBatch {
  readonly id: number;
  readonly jobs: readonly DecryptJob[];
}

/** A worker's answer to a {@link DecryptBatch}, in the batch's order. */
export interface DecryptResults {
  readonly id: number;
  readonly results: readonly TimelockDecryptResult[];
}

/** Timelock decryption off the event loop. */
export interface CommitDecryptor {
  decrypt(jobs: readonly DecryptJob[]): Promise<TimelockDecryptResult[]>;
  close(): Promise<void>;
}

/** The worker module, compiled (see signature-verifier.ts: threads run dist/ even under vitest or tsx). */
const WORKER_URL = new URL('../../dist/blockchain/decrypt-worker.js', import.meta.url);

/**
 * A pool of worker threads that timelock-decrypt CR-v4 commits, so the node can decrypt them as soon as their pulse
 * is stored, in parallel and off the event loop, and the block that reveals them only applies the results. Jobs are
 * split evenly over the threads.
 *
 * @example
 * const decryptor = await createWorkerDecryptor({ threads: 2 });
 * const [result] = await decryptor.decrypt([{ ciphertext, signature }]);
 * await decryptor.close();
 */
export async function createWorkerDecryptor(options: { threads: number }): Promise<CommitDecryptor> {
  const workers = await Promise.all(
    Array.from({ length: Math.max(1, options.threads) }, async () => {
      const worker = new Worker(WORKER_URL, { execArgv: workerExecArgv() });
      worker.unref();
      await new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      });
      return worker;
    }),
  );
  const inflight = new Map<number, (results: readonly TimelockDecryptResult[]) => void>();
  let nextId = 0;
  for (const worker of workers) {
    worker.on('message', ({ id, results }: DecryptResults) => {
      inflight.get(id)?.(results);
      inflight.delete(id);
    });
  }
  const post = (worker: Worker, jobs: readonly DecryptJob[]) =>
    new Promise<readonly TimelockDecryptResult[]>((resolve) => {
      const id = nextId++;
      inflight.set(id, resolve);
      worker.postMessage({ id, jobs } satisfies DecryptBatch);
    });
  return {
    async decrypt(jobs) {
      const size = Math.ceil(jobs.length / workers.length);
      const parts = await Promise.all(
        workers.map((worker, i) => post(worker, jobs.slice(i * size, (i + 1) * size))),
      );
      return parts.flat();
    },
    async close() {
      for (const resolve of inflight.values()) resolve([]);
      inflight.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
