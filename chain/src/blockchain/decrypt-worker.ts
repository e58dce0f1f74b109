/**
 * The body of each thread of the commit decryptor's pool (`createWorkerDecryptor`): it timelock-decrypts the batches
 * the pool posts, one result per job in order, and posts `'ready'` first.
 */
import { parentPort } from 'node:worker_threads';
import { timelockDecrypt } from '@subnetkit/drand';
import type { DecryptBatch, DecryptResults } from './commit-decryptor.js';

const port = parentPort;
if (port === null) throw new Error('decrypt-worker runs as a worker thread of createWorkerDecryptor');
port.on('message', ({ id, jobs }: DecryptBatch) => {
  const results = jobs.map((job) => timelockDecrypt(job.ciphertext, job.signature));
  port.postMessage({ id, results } satisfies DecryptResults);
});
port.postMessage('ready');
