/**
 * The validator loop over a scripted chain and a deterministic processor: EMA by hotkey through re-registration and
 * resizes, restore on restart without overwriting, weights once per tempo with retries and commit-reveal.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeypair, createSigner, cryptoReady, generateWeightHash, type Signer } from '@subnetkit/sdk';
import {
  buildValidatorServer,
  type CreateValidatorOptions,
  createFileScoreStore,
  createInProcessQueue,
  createMemoryScoreStore,
  createValidator,
  type JobProcessor,
  type StepReport,
  type Validator,
  type WeightsReport,
} from '@subnetkit/validator';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { Ping } from './ping-synapse.js';
import { createScriptedChain, type ScriptedChain, scriptedNeuron } from './scripted-chain.js';

let signer: Signer;
const running: Validator[] = [];

beforeAll(async () => {
  await cryptoReady();
  signer = createSigner(createKeypair({ uri: '//Alice' }));
});
afterEach(async () => {
  for (const v of running.splice(0)) await v.close();
});

/** Scores each hotkey by a fixed table (absent = no result at all). */
const processorFrom =
  (table: Record<string, number>): JobProcessor =>
  async (job) => {
    if (!(job.hotkey in table)) return new Promise(() => {}); // never answers: missing at the deadline
    return {
      id: job.id,
      uid: job.uid,
      hotkey: job.hotkey,
      score: table[job.hotkey],
      status: 200,
      elapsedMs: 1,
    };
  };

function start(
  chain: ScriptedChain,
  table: Record<string, number>,
  extra: Partial<Pick<CreateValidatorOptions<typeof Ping>, 'challenge' | 'logger' | 'store'>> = {},
) {
  const validator = createValidator({
    chain,
    signer,
    netuid: 1,
    synapse: Ping,
    challenge: (seed) => ({ n: Number.parseInt(seed.slice(2, 8), 16) }),
    queue: createInProcessQueue({ processor: processorFrom(table), concurrency: 64 }),
    config: { alpha: 0.5, queryTimeoutMs: 200 },
    ...extra,
  });
  running.push(validator);
  return validator;
}

function nextStep(validator: Validator): Promise<StepReport> {
  return new Promise((resolve) => {
    const off = validator.on('step', (report) => {
      off();
      resolve(report);
    });
  });
}

async function runSteps(chain: ScriptedChain, validator: Validator, count: number): Promise<StepReport[]> {
  const reports: StepReport[] = [];
  for (let i = 0; i < count; i++) {
    const done = nextStep(validator);
    chain.advance();
    reports.push(await done);
  }
  return reports;
}

describe('validator loop: scores', () => {
  it('behavior: EMA per hotkey, non-responders 0, re-registered uid starts at 0, resize never shifts scores', async () => {
    const chain = createScriptedChain({
      neurons: [
        scriptedNeuron(0, signer.address),
        scriptedNeuron(1, 'A'),
        scriptedNeuron(2, 'B'),
        scriptedNeuron(3, 'C'),
      ],
    });
    const validator = start(chain, { A: 1, B: 0.5, C: Number.NaN });
    await validator.start();
    await runSteps(chain, validator, 2);
    // alpha 0.5: 1 → 0.5 → 0.75; 0.5 → 0.25 → 0.375; NaN counts 0.
    expect(Object.fromEntries(validator.scores())).toEqual({ A: 0.75, B: 0.375, C: 0 });

    // uid 1 re-registered by hotkey D (which never answers); the subnet grows by E at uid 4 and loses C.
    chain.neurons = [
      scriptedNeuron(0, signer.address),
      scriptedNeuron(1, 'D'),
      scriptedNeuron(2, 'B'),
      scriptedNeuron(4, 'E'),
    ];
    const [report] = await runSteps(chain, validator, 1);
    expect(Object.fromEntries(validator.scores())).toEqual({ B: 0.4375, D: 0, E: 0 });
    expect(report.results.find((r) => r.uid === 1)).toMatchObject({
      hotkey: 'D',
      score: 0,
      error: 'missing',
    });
    expect(report.queried).toBe(3);
  });

  it('error: a challenge() that throws fails the step (counted, logged), and the next block starts another', async () => {
    const chain = createScriptedChain({
      neurons: [scriptedNeuron(0, signer.address), scriptedNeuron(1, 'A')],
    });
    const errors: { err: { code?: string } }[] = [];
    const logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (obj: object) => errors.push(obj as (typeof errors)[number]),
      child: () => logger,
    };
    let calls = 0;
    const validator = start(
      chain,
      { A: 1 },
      {
        challenge: () => {
          calls++;
          if (calls === 1) throw new Error('dataset not loaded');
          return { n: 1 };
        },
        logger,
      },
    );
    await validator.start();
    chain.advance();
    while (errors.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors[0]?.err.code).toBe('VALIDATOR_CHALLENGE_FAILED');
    const [report] = await runSteps(chain, validator, 1);
    expect(report.step).toBe(1); // step 0 failed; its number is not reused
    expect(validator.scores().get('A')).toBe(0.5);
    expect(await validator.metrics.registry.metrics()).toMatch(/validator_steps_total\{outcome="failed"\} 1/);
  });

  it('behavior: restart restores scores and step exactly, before any step overwrites them', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'validator-store-'));
    try {
      const path = join(directory, 'state.json');
      const chain = createScriptedChain({
        neurons: [scriptedNeuron(0, signer.address), scriptedNeuron(1, 'A'), scriptedNeuron(2, 'B')],
      });
      const first = start(chain, { A: 0.3, B: 0.9 }, { store: createFileScoreStore({ path }) });
      await first.start();
      const reports = await runSteps(chain, first, 3);
      await first.close();
      const before = new Map(first.scores());

      const second = start(chain, { A: 0, B: 0 }, { store: createFileScoreStore({ path }) });
      await second.start();
      expect(second.scores()).toEqual(before);
      expect(second.health().step).toBe(3);
      const [next] = await runSteps(chain, second, 1);
      expect(next.step).toBe(reports[2].step + 1);
      expect(second.scores().get('A')).toBe(0.5 * (before.get('A') as number));
    } finally {
      await rm(directory, { recursive: true });
    }
  });

  it('error: options without a chain or without a way to query are refused (VALIDATOR_CONFIG_INVALID)', () => {
    const chain = createScriptedChain({ neurons: [] });
    const common = { signer, netuid: 1, synapse: Ping, challenge: () => ({ n: 1 }) };
    const queue = createInProcessQueue({ processor: processorFrom({}) });
    expect(() => createValidator({ ...common, queue } as never)).toThrow(/client/);
    expect(() => createValidator({ ...common, chain } as never)).toThrow(/dendrite/);
    expect(() => createValidator({ ...common, chain, queue, config: { alpha: 2 } })).toThrow(/alpha/);
  });

  it('error: a hotkey not registered on the subnet is refused at start (VALIDATOR_NOT_REGISTERED)', async () => {
    const validator = start(createScriptedChain({ neurons: [scriptedNeuron(0, 'A')] }), {});
    await expect(validator.start()).rejects.toMatchObject({ code: 'VALIDATOR_NOT_REGISTERED' });
  });

  it('error: a store written for another hotkey is refused, not overwritten', async () => {
    const store = createMemoryScoreStore();
    await store.save({
      netuid: 1,
      hotkey: 'someone-else',
      step: 4,
      scores: new Map([['A', 1]]),
      lastWeightsBlock: null,
      pendingCommit: null,
    });
    const validator = start(createScriptedChain({ neurons: [] }), {}, { store });
    await expect(validator.start()).rejects.toMatchObject({ code: 'VALIDATOR_STORE_MISMATCH' });
    expect((await store.load())?.hotkey).toBe('someone-else');
  });
});

describe('validator loop: health', () => {
  it('behavior: /healthz is 503 before the first block and 200 after; /metrics serves the registry', async () => {
    const chain = createScriptedChain({
      neurons: [scriptedNeuron(0, signer.address), scriptedNeuron(1, 'A')],
    });
    const validator = start(chain, { A: 1 });
    const server = buildValidatorServer({
      registry: validator.metrics.registry,
      health: () => validator.health(),
    });
    const url = await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const before = await fetch(`${url}/healthz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toMatchObject({ healthy: false, block: null });
      await validator.start();
      await runSteps(chain, validator, 1);
      const after = await fetch(`${url}/healthz`);
      expect(after.status).toBe(200);
      expect(await after.json()).toMatchObject({ healthy: true, block: 1, step: 1 });
      const metrics = await fetch(`${url}/metrics`);
      expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await metrics.text()).toMatch(/validator_miner_score\{uid="1",hotkey="A"\} 0\.5/);
    } finally {
      await server.close();
    }
  });
});

describe('validator loop: weights', () => {
  const weightsReports = (validator: Validator) => {
    const reports: WeightsReport[] = [];
    validator.on('weights', (r) => reports.push(r));
    return reports;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('behavior: weights once per tempo from the scores, with the subnet version key, own uid excluded', async () => {
    const chain = createScriptedChain({
      neurons: [scriptedNeuron(0, signer.address), scriptedNeuron(1, 'A'), scriptedNeuron(2, 'B')],
      settings: { tempo: 5, versionKey: 7n },
    });
    const validator = start(chain, { A: 1, B: 0.5 });
    await validator.start();
    await runSteps(chain, validator, 12);
    await settle();
    const sets = chain.calls.filter((c) => c.action === 'set');
    expect(sets.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < sets.length; i++) expect(sets[i].block - sets[i - 1].block).toBe(5);
    expect(sets[0].uids).toEqual([1, 2]);
    expect(sets.at(-1)?.values[0]).toBe(65535);
    expect(sets.at(-1)?.values[1]).toBeLessThan(65535);
    expect(validator.health().lastWeightsBlock).toBe(sets.at(-1)?.block);
  });

  it('behavior: a refused set is retried at the next block, a rate limit at the block the chain names', async () => {
    const chain = createScriptedChain({
      neurons: [scriptedNeuron(0, signer.address), scriptedNeuron(1, 'A')],
      settings: { tempo: 100 },
    });
    chain.refusals.push(
      { kind: 'Refused', reason: 'SDK_TX_STALE_NONCE' },
      { kind: 'RateLimited', nextBlock: 6 },
    );
    const validator = start(chain, { A: 1 });
    const reports = weightsReports(validator);
    await validator.start();
    await runSteps(chain, validator, 7);
    await settle();
    expect(reports.map((r) => [r.block, r.outcome.kind])).toEqual([
      [2, 'Refused'],
      [3, 'RateLimited'],
      [6, 'ok'],
    ]);
    const metrics = await validator.metrics.registry.metrics();
    expect(metrics).toMatch(/validator_weights_outcomes_total\{action="set",outcome="RateLimited"\} 1/);
    expect(metrics).toMatch(/validator_weights_outcomes_total\{action="set",outcome="ok"\} 1/);
    expect(metrics).toMatch(
      /validator_weights_outcomes_total\{action="set",outcome="SDK_TX_STALE_NONCE"\} 1/,
    );
  });

  it('behavior: commit-reveal commits the hash of the weights and reveals them in the next epoch, surviving a restart', async () => {
    const chain = createScriptedChain({
      neurons: [scriptedNeuron(0, signer.address), scriptedNeuron(1, 'A'), scriptedNeuron(2, 'B')],
      settings: { tempo: 4, commitRevealEnabled: true },
    });
    const store = createMemoryScoreStore();
    const first = start(chain, { A: 1, B: 0.25 }, { store });
    const reports = weightsReports(first);
    await first.start();
    await runSteps(chain, first, 2);
    await settle();
    const commit = reports.find((r) => r.action === 'commit');
    expect(commit?.outcome.kind).toBe('ok');
    await first.close();
    const pending = (await store.load())?.pendingCommit;
    expect(pending).toBeTruthy();
    expect(
      generateWeightHash({
        hotkey: signer.address,
        netuid: 1,
        uids: pending!.uids,
        values: pending!.values,
        salt: pending!.salt,
        versionKey: 0n,
      }),
    ).toBe(pending!.hash);

    const second = start(chain, { A: 1, B: 0.25 }, { store });
    const after = weightsReports(second);
    await second.start();
    await runSteps(chain, second, 5);
    await settle();
    const reveal = after.find((r) => r.action === 'reveal');
    expect(reveal).toMatchObject({ uids: pending!.uids, values: pending!.values, outcome: { kind: 'ok' } });
    expect(chain.epochIndex).toBeGreaterThanOrEqual(pending!.commitEpoch + 1);
    expect((await store.load())?.pendingCommit?.hash).not.toBe(pending!.hash);
  });
});
