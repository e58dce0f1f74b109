/**
 * One chaos validator process, as `subnetkit validator --redis URL` runs it: createValidator with a BullMQ queue
 * under its own prefix, one query worker in the same process, and a file score store. Usage:
 * `validator-child.ts <devnetUrl> <netuid> <hotkeyUri> <redisUrl> <prefix> <stateFile> <weightsEveryBlocks>`.
 * Prints JSON lines on stdout: `restored` once started (the scores it read back), `step` per persisted step,
 * `weights` per weights call.
 */
import {
  createDendrite,
  createKeypair,
  createSigner,
  createSubtensorClient,
  cryptoReady,
} from '@subnetkit/sdk';
import {
  createBullmqQueue,
  createFileScoreStore,
  createQueryProcessor,
  createSubtensorValidatorChain,
  createValidator,
  startQueueWorker,
} from '@subnetkit/validator';
import { challenge, Square, score } from './chaos-subnet.js';

const [url, netuid, uri, redis, prefix, stateFile, weightsEveryBlocks] = process.argv.slice(2);
if (weightsEveryBlocks === undefined) {
  throw new Error(
    'usage: validator-child.ts <devnetUrl> <netuid> <hotkeyUri> <redisUrl> <prefix> <stateFile> <weightsEveryBlocks>',
  );
}
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

await cryptoReady();
const signer = createSigner(createKeypair({ uri: uri as string }));
const client = await createSubtensorClient({ url: url as string, reconnectDelayMs: 100 });
const dendrite = createDendrite({ signer, maxResponseBytes: 64 * 1024 });
const worker = startQueueWorker({
  connection: redis as string,
  prefix: prefix as string,
  processor: createQueryProcessor({ dendrite, synapse: Square, score }),
  // A SIGKILLed process's jobs go back to the queue within seconds, not the default 30 s.
  lockDurationMs: 2000,
  stalledIntervalMs: 1000,
});
const queue = createBullmqQueue({ connection: redis as string, prefix: prefix as string });
const validator = createValidator({
  chain: createSubtensorValidatorChain({ client, signer }),
  signer,
  netuid: Number(netuid),
  synapse: Square,
  challenge,
  queue,
  store: createFileScoreStore({ path: stateFile as string }),
  config: { alpha: 0.3, queryTimeoutMs: 1500, weightsEveryBlocks: Number(weightsEveryBlocks) },
});
validator.on('step', (report) =>
  print({
    kind: 'step',
    step: report.step,
    block: report.block,
    scores: Object.fromEntries(validator.scores()),
  }),
);
validator.on('weights', (report) => print({ kind: 'weights', outcome: report.outcome.kind }));
await validator.start();
print({ kind: 'restored', step: validator.health().step, scores: Object.fromEntries(validator.scores()) });
process.once('SIGTERM', async () => {
  await validator.close();
  await queue.close();
  await worker.close();
  dendrite.close();
  await client.disconnect();
  process.exit(0);
});
