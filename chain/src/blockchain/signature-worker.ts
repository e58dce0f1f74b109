/**
 * The body of each thread of the signature verifier's pool (`createWorkerVerifier`): it verifies the batches the
 * pool posts, one result per job in order, and posts `'ready'` first, once the wasm crypto is initialised.
 */
import { parentPort } from 'node:worker_threads';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { verifySignature } from '../frame/extrinsic.js';
import type { SignatureJob } from './signature-verifier.js';

/** A batch the pool posts to a worker. */
export interface VerifyBatch {
  readonly id: number;
  readonly jobs: readonly SignatureJob[];
}

/** A worker's answer to a {@link VerifyBatch}: whether each job's signature is valid, in the batch's order. */
export interface VerifyResults {
  readonly id: number;
  readonly results: readonly boolean[];
}

const port = parentPort;
if (port === null) throw new Error('signature-worker runs as a worker thread of createWorkerVerifier');
await cryptoWaitReady();
port.on('message', ({ id, jobs }: VerifyBatch) => {
  const results = jobs.map((job) => verifySignature(job.scheme, job.message, job.signature, job.signer));
  port.postMessage({ id, results } satisfies VerifyResults);
});
port.postMessage('ready');
