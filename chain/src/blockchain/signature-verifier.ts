import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtrinsicSignature } from '../frame/extrinsic.js';

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

// The worker is plain JavaScript evaluated from a string so it runs the same from sources (tests, tsx)
// and from dist; its dependencies are passed as resolved URLs.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const sr = await import(workerData.schnorrkel);
  const uc = await import(workerData.utilCrypto);
  await uc.cryptoWaitReady();
  const verify = (j) => {
    try {
      if (j.scheme === 'Sr25519') return sr.sr25519_verify(j.signer, j.message, j.signature);
      if (j.scheme === 'Ed25519') return uc.ed25519Verify(j.message, j.signature, j.signer);
      return uc.secp256k1Verify(j.message, j.signature, j.signer, 'blake2');
    } catch {
      return false;
    }
  };
  parentPort.on('message', ({ id, jobs }) => parentPort.postMessage({ id, results: jobs.map(verify) }));
  parentPort.postMessage('ready');
})();
`;

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
  const workerData = {
    schnorrkel: import.meta.resolve('@polkadot-labs/schnorrkel-wasm'),
    utilCrypto: import.meta.resolve('@polkadot/util-crypto'),
  };
  const workers = await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
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
    w.on('message', ({ id, results }: { id: number; results: boolean[] }) => {
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
    workers[target]!.postMessage({ id, jobs: batch.jobs });
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
