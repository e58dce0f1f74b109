import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtrinsicSignature } from '../frame/extrinsic.js';
import type { VerifyBatch, VerifyResults } from './signature-worker.js';

/** One signature to check. */
export interface SignatureJob {
  readonly scheme: ExtrinsicSignature['scheme'];
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
  readonly signer: Uint8Array;
}

/** Verifies signatures off the event loop. */
export interface SignatureVerifier {
  verify(job: SignatureJob): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The worker thread's module (signature-worker.ts), compiled. A worker thread does not inherit the loaders that run
 * this package from its TypeScript sources (vitest, tsx), so the thread runs dist/ even then: the path is the same
 * from src/runtime/ and from dist/runtime/. After changing the worker, `npm run build`.
 */
const WORKER_URL = new URL('../../dist/blockchain/signature-worker.js', import.meta.url);

/**
 * The parent's Node flags less its `--conditions`: the thread runs compiled code, so the workspace packages it imports
 * must resolve to their dist/ too, not to the TypeScript sources that a `source` condition (vitest, the bench scripts)
 * points at.
 */
export function workerExecArgv(): string[] {
  const kept: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const flag = process.execArgv[i] ?? '';
    if (flag === '--conditions' || flag === '-C') i++;
    else if (!flag.startsWith('--conditions=')) kept.push(flag);
  }
  return kept;
}

interface Pending {
  jobs: SignatureJob[];
  resolves: ((ok: boolean) => void)[];
}

/**
 * A pool of worker threads verifying sr25519 (schnorrkel wasm), ed25519 and ecdsa signatures in
 * batches, so that signature checks of submitted transactions do not block the event loop.
 *
 * @example
 * const verifier = await createWorkerVerifier({ threads: 2 });
 * const ok = await verifier.verify({ scheme: 'Sr25519', message, signature, signer });
 * await verifier.close();
 */
export async function createWorkerVerifier(options: { threads?: number } = {}): Promise<SignatureVerifier> {
  const threads = Math.max(1, options.threads ?? Math.min(4, Math.max(1, availableParallelism() - 1)));
  const workers = await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(WORKER_URL, { execArgv: workerExecArgv() });
      worker.unref();
      await new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      });
      return worker;
    }),
  );
  const inflight = new Map<number, ((ok: boolean) => void)[]>();
  const load = workers.map(() => 0);
  let nextId = 0;
  let queued: Pending | undefined;
  workers.forEach((w, i) => {
    w.on('message', ({ id, results }: VerifyResults) => {
      const resolves = inflight.get(id);
      inflight.delete(id);
      load[i] = load[i]! - results.length;
      if (resolves !== undefined) for (let k = 0; k < resolves.length; k++) resolves[k]!(results[k]!);
    });
  });
  const flush = () => {
    const batch = queued;
    if (batch === undefined) return;
    queued = undefined;
    let target = 0;
    for (let i = 1; i < workers.length; i++) if (load[i]! < load[target]!) target = i;
    const id = nextId++;
    inflight.set(id, batch.resolves);
    load[target] = load[target]! + batch.jobs.length;
    workers[target]!.postMessage({ id, jobs: batch.jobs } satisfies VerifyBatch);
  };
  return {
    verify(job) {
      return new Promise((resolve) => {
        if (queued === undefined) {
          queued = { jobs: [], resolves: [] };
          setImmediate(flush);
        }
        queued.jobs.push(job);
        queued.resolves.push(resolve);
        if (queued.jobs.length >= 64) flush();
      });
    },
    async close() {
      for (const resolves of inflight.values()) for (const r of resolves) r(false);
      inflight.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
