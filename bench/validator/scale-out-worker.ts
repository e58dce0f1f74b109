/**
 * One worker process of the scale-out bench: `node --conditions=source --import tsx scale-out-worker.ts URL PREFIX ROUNDS`.
 * Runs one job at a time (the jobs are CPU-bound), prints "ready", stops on SIGTERM.
 */
import { startQueueWorker } from '@subnetkit/validator';
import { hashingProcessor } from './scale-out-scoring.js';

const [url = '', prefix = '', rounds = '1500'] = process.argv.slice(2);
const worker = startQueueWorker({
  connection: url,
  prefix,
  processor: hashingProcessor(Number(rounds)),
  concurrency: 1,
});
process.stdout.write('ready\n');
process.once('SIGTERM', () => void worker.close().then(() => process.exit(0)));
