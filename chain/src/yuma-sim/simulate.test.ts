import { describe, expect, it } from 'vitest';
import { epoch } from '../yuma/epoch.js';
import type { Scenario } from './scenario.js';
import { simulate } from './simulate.js';

const scenario: Scenario = {
  name: 'small',
  epochs: 12,
  seed: 5,
  qualityDrift: 0.05,
  params: { commitRevealDelay: 1 },
  validators: [
    { name: 'h1', stake: 30, strategy: 'honest' },
    { name: 'h2', stake: 30, strategy: 'honest' },
    { name: 'cp', stake: 20, strategy: 'copier' },
    { name: 'lz', stake: 10, strategy: 'lazy', every: 3 },
    { name: 'rn', stake: 10, strategy: 'random' },
  ],
  miners: [
    { name: 'a', quality: 0.9 },
    { name: 'b', quality: 0.5, deregisterAt: 6 },
    { name: 'c', quality: 0.7, registerAt: 4 },
    { name: 'd', quality: 0.2 },
  ],
};

describe('simulate', () => {
  it('default: every epoch output equals the Yuma module run on the same input', () => {
    const run = simulate({ ...scenario, epochs: 1 }).runs[0]!;
    expect(run.epochs).toHaveLength(1);
    expect(run.epochs[0]!.output).toEqual(epoch(run.epochs[0]!.input));
    for (const ep of simulate(scenario).runs[0]!.epochs) expect(ep.output).toEqual(epoch(ep.input));
  });

  it('behavior: bonds and permits of one epoch are the next epoch state, as the chain stores them', () => {
    const { epochs } = simulate(scenario).runs[0]!;
    for (let e = 1; e < epochs.length; e++) {
      expect(epochs[e]!.input.state.bonds).toEqual(epochs[e - 1]!.output.bonds);
      expect(epochs[e]!.input.state.validatorPermit).toEqual(epochs[e - 1]!.output.newValidatorPermit);
      expect(epochs[e]!.input.params.lastMechanismStepBlock).toBe(epochs[e - 1]!.input.block);
    }
  });

  it('behavior: a lazy validator updates last_update only every k epochs; registration sets block_at_registration', () => {
    const { epochs } = simulate({ ...scenario, params: {} }).runs[0]!;
    const lazyUpdates = new Set(epochs.map((ep) => ep.input.state.lastUpdate[3]));
    expect(lazyUpdates.size).toBe(4); // epochs 0, 3, 6, 9
    const cUid = 5 + 2;
    expect(epochs[0]!.registered[cUid]).toBe(false);
    expect(epochs[4]!.registered[cUid]).toBe(true);
    expect(epochs[4]!.input.state.blockAtRegistration[cUid]).toBeLessThan(epochs[4]!.input.block);
    expect(epochs[6]!.registered[5 + 1]).toBe(false);
    expect(epochs[11]!.output.incentive[5 + 1]).toBe(0);
  });

  it('behavior: with commit-reveal the stored weights are the ones computed delay epochs earlier', () => {
    const on = simulate(scenario).runs[0]!.epochs;
    const off = simulate({ ...scenario, params: {} }).runs[0]!.epochs;
    expect(on[0]!.input.state.weights[0]!.uids).toHaveLength(0);
    expect(on[3]!.input.state.weights[0]).toEqual(off[2]!.input.state.weights[0]);
  });

  it('behavior: a copier sets the others’ stored weights: the same epoch’s without commit-reveal, the last reveal with it', () => {
    const pair: Scenario = {
      name: 'pair',
      epochs: 5,
      seed: 3,
      validators: [
        { name: 'h', stake: 1, strategy: 'honest' },
        { name: 'cp', stake: 1, strategy: 'copier' },
      ],
      miners: [
        { name: 'a', quality: 0.9 },
        { name: 'b', quality: 0.3 },
      ],
    };
    const off = simulate(pair).runs[0]!.epochs;
    for (const ep of off) expect(ep.input.state.weights[1]).toEqual(ep.input.state.weights[0]);
    const on = simulate({ ...pair, params: { commitRevealDelay: 1 } }).runs[0]!.epochs;
    expect(on[1]!.input.state.weights[1]!.uids).toHaveLength(0); // nothing was revealed at epoch 0
    for (let e = 2; e < on.length; e++)
      expect(on[e]!.input.state.weights[1]).toEqual(on[e - 1]!.input.state.weights[0]);
  });

  it('behavior: qualityRotateEvery k gives each miner the next one’s quality every k epochs', () => {
    const { epochs } = simulate({ ...scenario, epochs: 5, qualityDrift: 0, qualityRotateEvery: 2 }).runs[0]!;
    const miners = (e: number) => epochs[e]!.quality.slice(5);
    expect(miners(0)).toEqual([0.9, 0.5, 0, 0.2]); // c registers at epoch 4
    expect(miners(1)).toEqual(miners(0));
    expect(epochs[2]!.quality.slice(5)).toEqual([0.5, 0.7, 0, 0.9]);
    expect(epochs[4]!.quality.slice(5)).toEqual([0.7, 0.2, 0.9, 0.5]);
  });

  it('behavior: deterministic for a seed, different for another', () => {
    const a = simulate(scenario).runs[0]!.epochs.at(-1)!.output;
    expect(simulate(scenario).runs[0]!.epochs.at(-1)!.output).toEqual(a);
    expect(simulate({ ...scenario, seed: 6 }).runs[0]!.epochs.at(-1)!.output).not.toEqual(a);
  });
});
