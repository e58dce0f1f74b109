/**
 * The validator loop on the BullMQ back end with Redis SIGKILLed and restarted in the middle of a step (append-only
 * file on): the step still gets every miner's result, each once, and the validator sets weights that tempo.
 */
import { randomUUID } from 'node:crypto';
import { createKeypair, createSigner, cryptoReady } from '@subnetkit/sdk';
import {
  createBullmqQueue,
  createValidator,
  type JobProcessor,
  type StepReport,
  startQueueWorker,
  type WeightsReport,
} from '@subnetkit/validator';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { Ping } from './ping-synapse.js';
import { type RedisServer, startRedisServer } from './redis-server.js';
import { createScriptedChain, scriptedNeuron } from './scripted-chain.js';

const quality: Record<string, number> = { A: 0.2, B: 0.4, C: 0.6, D: 0.8, E: 1 };

/** `it`, skipped where the machine has no redis-server (the run says so once: test/support/redis-global-setup.ts). */
const test = it.skipIf(!inject('redis').server);
let redis: RedisServer;
beforeAll(async () => {
  await cryptoReady();
  redis = await startRedisServer({ persistent: true });
});
afterAll(async () => redis?.dispose());

test('behavior: Redis killed and restarted mid-step — every result arrives once, and weights are set that tempo', async () => {
  const signer = createSigner(createKeypair({ uri: '//Alice' }));
  const chain = createScriptedChain({
    neurons: [
      scriptedNeuron(0, signer.address),
      ...Object.keys(quality).map((hotkey, i) => scriptedNeuron(i + 1, hotkey)),
    ],
    settings: { tempo: 20 },
  });
  const calls: string[] = [];
  const processor: JobProcessor = async (job) => {
    calls.push(job.id);
    await new Promise((resolve) => setTimeout(resolve, 80));
    return {
      id: job.id,
      uid: job.uid,
      hotkey: job.hotkey,
      score: quality[job.hotkey] ?? 0,
      status: 200,
      elapsedMs: 80,
    };
  };
  const location = { connection: redis.url, prefix: `test-${randomUUID()}` };
  const worker = startQueueWorker({ ...location, processor, concurrency: 2 });
  const queue = createBullmqQueue({ ...location, reconcileIntervalMs: 100 });
  const validator = createValidator({
    chain,
    signer,
    netuid: 1,
    synapse: Ping,
    challenge: () => ({ n: 1 }),
    queue,
    config: { alpha: 1, queryTimeoutMs: 15_000 },
  });
  const steps: StepReport[] = [];
  const weights: WeightsReport[] = [];
  validator.on('step', (report) => steps.push(report));
  validator.on('weights', (report) => weights.push(report));
  try {
    await validator.start();
    chain.advance();
    for (let tries = 0; calls.length < 2 && tries < 400; tries += 1)
      await new Promise((r) => setTimeout(r, 25));
    await redis.stop('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await redis.start();
    for (let tries = 0; steps.length === 0 && tries < 800; tries += 1)
      await new Promise((r) => setTimeout(r, 25));

    const [step] = steps;
    expect(step?.results.map((result) => [result.hotkey, result.score, result.error])).toEqual(
      Object.entries(quality).map(([hotkey, score]) => [hotkey, score, undefined]),
    );
    expect(Object.fromEntries(validator.scores())).toEqual(quality);

    for (let block = 2; chain.calls.length === 0 && block < chain.settings.tempo; block += 1) {
      chain.advance();
      for (let tries = 0; weights.length === 0 && tries < 40; tries += 1)
        await new Promise((r) => setTimeout(r, 25));
    }
    expect(chain.calls[0]).toMatchObject({ action: 'set', uids: [1, 2, 3, 4, 5] });
    expect(chain.calls[0]?.block).toBeLessThan(chain.settings.tempo);
  } finally {
    await validator.close();
    await queue.close();
    await worker.close();
  }
});
