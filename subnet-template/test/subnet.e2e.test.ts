/**
 * The whole subnet on a devnet started in-process (test/digits-devnet.ts): two validators, four miners serving the
 * four models behind real axons. After a warm-up tempo, the miners' emission over the next two is ordered by their
 * models' accuracy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digitsForward } from '../src/miner.js';
import { MODEL_NAMES, modelPath } from '../src/models.js';
import { digitsSubnet } from '../src/subnet.js';
import { type DigitsDevnet, startDigitsDevnet } from './digits-devnet.js';

const TEMPO = digitsSubnet.config.tempo;
const MEASURED_EPOCHS = 2;

describe('digits subnet on a devnet', () => {
  let subnet: DigitsDevnet;

  beforeAll(async () => {
    subnet = await startDigitsDevnet(
      MODEL_NAMES.map((name) => ({
        name,
        serve: () => ({
          handlers: (model) => ({ Digits: digitsForward(model) }),
          model: { model: modelPath(name), executionProviders: ['cpu'] },
        }),
      })),
    );
  }, 120_000);

  afterAll(async () => {
    await subnet?.close();
  });

  it('default: once scores have warmed up for a tempo, the next tempos pay miners in order of accuracy', async () => {
    expect(subnet.netuid).toBe(digitsSubnet.config.netuid); // the config's netuid is what a fresh devnet gives
    await Promise.all(subnet.validators.map((v) => v.start()));
    // The first epoch pays on weights from a few steps' scores; measure the epochs after it.
    await subnet.runBlocks(TEMPO);
    const before = await subnet.holdings();
    await subnet.runBlocks(TEMPO * MEASURED_EPOCHS);
    const after = await subnet.holdings();
    const earned = MODEL_NAMES.map((name) => after.get(name)! - before.get(name)!);
    // random < linear < mlp-small < mlp
    expect(earned[0]).toBeGreaterThanOrEqual(0n);
    expect(earned[0]).toBeLessThan(earned[1]);
    expect(earned[1]).toBeLessThan(earned[2]);
    expect(earned[2]).toBeLessThan(earned[3]);
  }, 240_000); // about 15 s on an idle 2-core machine
});
