import { describe, expect, it } from 'vitest';
import type { NeuronView } from '../chain/validator-chain.js';
import { computeWeights } from './compute-weights.js';

const neuron = (uid: number): NeuronView => ({
  uid,
  hotkey: `hotkey-${uid}`,
  axon: undefined,
  validatorPermit: false,
  lastUpdate: 0,
});
const metagraph = { netuid: 1, block: 10, neurons: [0, 1, 2, 3, 4].map(neuron) };

describe('computeWeights', () => {
  it('default: each uid gets the score of its hotkey, u16 max-upscaled; the validator itself and unscored uids get none', () => {
    const scores = new Map([
      ['hotkey-0', 1], // the validator's own score is ignored
      ['hotkey-1', 0.25],
      ['hotkey-2', 0.5],
      ['hotkey-9', 1], // not registered
    ]);
    const weights = computeWeights({
      scores,
      metagraph,
      settings: { minAllowedWeights: 1, maxWeightLimit: 1 },
      self: 'hotkey-0',
    });
    expect(weights).toEqual({ uids: [1, 2], values: [32768, 65535] });
  });

  it('args: min_allowed_weights and max_weight_limit are the subnet settings', () => {
    const scores = new Map([
      ['hotkey-1', 0.25],
      ['hotkey-2', 0.5],
    ]);
    // Fewer non-zero weights than min_allowed_weights: every neuron gets at least 1e-5, as Bittensor pads.
    const padded = computeWeights({
      scores,
      metagraph,
      settings: { minAllowedWeights: 4, maxWeightLimit: 1 },
      self: 'hotkey-0',
    });
    expect(padded.uids).toEqual([0, 1, 2, 3, 4]);
    expect(padded.values.at(2)).toBe(65535);
    expect(padded.values[0]).toBeLessThan(10);
    // A subnet smaller than min_allowed_weights: uniform.
    expect(
      computeWeights({
        scores,
        metagraph,
        settings: { minAllowedWeights: 6, maxWeightLimit: 1 },
        self: 'hotkey-0',
      }),
    ).toEqual({ uids: [0, 1, 2, 3, 4], values: [65535, 65535, 65535, 65535, 65535] });
    // A limit of 0.6 clips the largest share (0.5 / 0.75 = 2/3) to 0.6.
    const limited = computeWeights({
      scores,
      metagraph,
      settings: { minAllowedWeights: 1, maxWeightLimit: 0.6 },
      self: 'hotkey-0',
    });
    expect(limited.uids).toEqual([1, 2]);
    expect(limited.values[1]).toBe(65535);
    expect(limited.values[0]! / 65535).toBeCloseTo(0.4 / 0.6, 3);
  });

  it('behavior: no scores at all give uniform weights over every neuron', () => {
    expect(
      computeWeights({
        scores: new Map(),
        metagraph,
        settings: { minAllowedWeights: 1, maxWeightLimit: 1 },
        self: 'hotkey-0',
      }),
    ).toEqual({ uids: [0, 1, 2, 3, 4], values: [65535, 65535, 65535, 65535, 65535] });
  });
});
