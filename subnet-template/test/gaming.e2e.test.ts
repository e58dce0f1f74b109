/**
 * The digits subnet against miners that game it, on a devnet (test/digits-devnet.ts): the honest `mlp` model
 * behind a real axon, and beside it, each behind its own axon, the adversaries from `@subnetkit/validator/testing`:
 * a lookup miner holding every image the `mnist` package ships with its label, a copier forwarding its queries to
 * the `mlp` miner, a constant, a random and a replaying miner. Over three epochs after a warm-up tempo, the honest
 * miner earns more than each of them.
 */
import { createDendrite, type Dendrite } from '@subnetkit/sdk';
import {
  constantMiner,
  copyMiner,
  lookupMiner,
  randomMiner,
  replayMiner,
} from '@subnetkit/validator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageAt, type LabelledImages, loadDigits } from '../src/digits.js';
import { digitsForward } from '../src/miner.js';
import { modelPath } from '../src/models.js';
import { type DigitsRequest, encodeImage } from '../src/protocol.js';
import { digitsSubnet } from '../src/subnet.js';
import { type DigitsDevnet, type DigitsMinerSpec, startDigitsDevnet } from './digits-devnet.js';

const TEMPO = digitsSubnet.config.tempo;
const MEASURED_EPOCHS = 3;
const mlp = { model: modelPath('mlp'), executionProviders: ['cpu' as const] };

/** Every public image (the package's 10,000, held-out ones included) → its label. */
function publicTable(): Map<string, number> {
  const { training, test } = loadDigits();
  const table = new Map<string, number>();
  const add = (set: LabelledImages) => {
    for (let i = 0; i < set.count; i++) table.set(encodeImage(imageAt(set, i)), set.labels[i]);
  };
  add(training);
  add(test);
  return table;
}

describe('digits subnet against gaming miners', () => {
  let subnet: DigitsDevnet;
  let copierDendrite: Dendrite | undefined;

  const miners: DigitsMinerSpec[] = [
    {
      name: 'mlp',
      // Answers any registered hotkey, not only validators: the copier can reach it (the default allowlist, which
      // wants a validator permit, would refuse it and leave it nothing).
      serve: () => ({
        handlers: (model) => ({ Digits: digitsForward(model) }),
        model: mlp,
        allowlist: { requireValidatorPermit: false },
      }),
    },
    {
      name: 'lookup',
      serve: () => ({
        handlers: {
          Digits: lookupMiner<number, DigitsRequest>({
            table: publicTable(),
            items: (request) => request.images,
            respond: (labels) => ({ predictions: labels.map((label) => label ?? 0) }),
          }),
        },
      }),
    },
    {
      name: 'copy',
      serve: (peers, hotkey) => {
        copierDendrite = createDendrite({ signer: hotkey });
        const peer = peers.get('mlp')!;
        return {
          handlers: { Digits: copyMiner({ dendrite: copierDendrite, synapse: digitsSubnet.synapse, peer }) },
        };
      },
    },
    {
      name: 'constant',
      serve: () => ({
        handlers: { Digits: constantMiner({ predictions: Array(digitsSubnet.config.batchSize).fill(1) }) },
      }),
    },
    {
      name: 'random',
      serve: () => ({
        handlers: {
          Digits: randomMiner<DigitsRequest>((request, random) => ({
            predictions: request.images.map(() => random.int(10)),
          })),
        },
      }),
    },
    {
      name: 'replay',
      serve: () => ({ handlers: (model) => ({ Digits: replayMiner(digitsForward(model)) }), model: mlp }),
    },
  ];

  beforeAll(async () => {
    subnet = await startDigitsDevnet(miners);
  }, 180_000);

  afterAll(async () => {
    await subnet?.close();
    copierDendrite?.close();
  });

  it('default: over three epochs the honest mlp miner earns more than every gaming miner', async () => {
    await Promise.all(subnet.validators.map((v) => v.start()));
    await subnet.runBlocks(TEMPO); // warm-up: the first epoch pays on a few steps' scores
    const before = await subnet.holdings();
    // Each miner's step scores and latencies while emission is measured, for the report below.
    const names = new Map([...subnet.hotkeys].map(([name, hotkey]) => [hotkey, name]));
    const observed = new Map(miners.map(({ name }) => [name, { score: 0, elapsedMs: 0, count: 0 }]));
    const offs = subnet.validators.map((v) =>
      v.on('step', (report) => {
        for (const result of report.results) {
          const seen = observed.get(names.get(result.hotkey) ?? '');
          if (seen === undefined) continue;
          seen.score += result.score;
          seen.elapsedMs += result.elapsedMs;
          seen.count++;
        }
      }),
    );
    await subnet.runBlocks(TEMPO * MEASURED_EPOCHS);
    for (const off of offs) off();
    const after = await subnet.holdings();
    const earned = new Map(miners.map(({ name }) => [name, after.get(name)! - before.get(name)!]));
    const total = [...earned.values()].reduce((sum, value) => sum + value, 0n);
    const shares = Object.fromEntries(
      [...earned].map(([name, value]) => [name, Number((value * 10_000n) / total) / 100]),
    );
    const perStep = Object.fromEntries(
      [...observed].map(([name, { score, elapsedMs, count }]) => [
        name,
        { score: Number((score / count).toFixed(4)), elapsedMs: Math.round(elapsedMs / count) },
      ]),
    );
    console.info('emission shares over three epochs, %:', JSON.stringify(shares));
    console.info('mean step score and latency:', JSON.stringify(perStep));
    const honest = earned.get('mlp')!;
    expect(honest).toBeGreaterThan(0n);
    for (const name of ['lookup', 'copy', 'constant', 'random', 'replay']) {
      expect(earned.get(name), `${name} earned ${earned.get(name)} ≥ mlp's ${honest}`).toBeLessThan(honest);
    }
  }, 300_000); // about 30 s on an idle 2-core machine
});
