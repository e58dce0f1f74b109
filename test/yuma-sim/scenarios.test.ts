import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type SimulationSummary,
  simulate,
  summarize,
  type VariantSummary,
  validateScenario,
} from '@subnetkit/chain/yuma-sim';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../docs/scenarios/', import.meta.url));
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));
const summaries = new Map<string, SimulationSummary>(
  names.map((name) => [
    name,
    summarize(simulate(validateScenario(JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8'))))),
  ]),
);

function variant(scenario: string, name: string): VariantSummary {
  const v = summaries.get(scenario)?.variants.find((x) => x.variant === name);
  if (!v) throw new Error(`no variant ${scenario}/${name}`);
  return v;
}
const strategy = (v: VariantSummary, s: string) => v.strategies.find((x) => x.strategy === s)!;
const miner = (v: VariantSummary, m: string) => v.miners.find((x) => x.name === m)!;

describe('docs/scenarios', () => {
  it('default: at least five scenarios, each with a README entry', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
    const readme = readFileSync(`${DIR}README.md`, 'utf8');
    for (const name of names) expect(readme).toContain(`${name}.json`);
  });

  it.each(names)('behavior: the committed expected summary of %s matches a fresh run exactly', (name) => {
    const expected = JSON.parse(readFileSync(`${DIR}expected/${name}.json`, 'utf8'));
    expect(summaries.get(name)).toEqual(expected);
  });

  it('behavior: cabal — under 50% stake, the cabal miner gets less than the cabal stake share at kappa 0.5, more at kappa 0.3', () => {
    const safe = variant('cabal', 'kappa-0.5');
    const colluders = strategy(safe, 'colluder');
    expect(miner(safe, 'cabal').incentiveShare).toBeLessThan(colluders.stakeShare);
    expect(colluders.dividendPerStake).toBeLessThan(strategy(safe, 'honest').dividendPerStake);
    const weak = variant('cabal', 'kappa-0.3');
    expect(miner(weak, 'cabal').incentiveShare).toBeGreaterThan(strategy(weak, 'colluder').stakeShare);
  });

  it('behavior: copier — without commit-reveal copying pays at least as well as honesty; with CR-v4 less, and less the longer the delay', () => {
    const ratios = ['no-commit-reveal', 'commit-reveal-v4', 'commit-reveal-3'].map((name) => {
      const v = variant('copier-commit-reveal', name);
      return strategy(v, 'copier').dividendPerStake / strategy(v, 'honest').dividendPerStake;
    });
    expect(ratios[0]).toBeGreaterThanOrEqual(1);
    expect(ratios[1]).toBeLessThan(1);
    expect(ratios[2]).toBeLessThan(ratios[1]!);
  });

  it('behavior: new miner — incentive overtakes the incumbent at once; Yuma3 bonds follow faster with liquid alpha, classic bonds slower with a longer moving average', () => {
    const top = (name: string, field: 'firstTopEpoch' | 'firstTopBondEpoch') =>
      miner(variant('new-miner-overtake', name), 'challenger')[field];
    for (const name of ['classic-ema-0.9', 'classic-ema-0.975', 'yuma3', 'yuma3-liquid-alpha'])
      expect(top(name, 'firstTopEpoch')).toBe(10);
    expect(top('yuma3-liquid-alpha', 'firstTopBondEpoch')!).toBeLessThan(top('yuma3', 'firstTopBondEpoch')!);
    expect(top('classic-ema-0.9', 'firstTopBondEpoch')!).toBeLessThan(
      top('classic-ema-0.975', 'firstTopBondEpoch')!,
    );
  });

  it('behavior: lazy — a validator that sets weights every 5 epochs earns less per stake than honest ones', () => {
    for (const name of ['classic', 'yuma3']) {
      const v = variant('lazy-validator', name);
      expect(strategy(v, 'lazy').dividendPerStake).toBeLessThan(strategy(v, 'honest').dividendPerStake);
    }
  });

  it('behavior: random — random validators earn less per stake, and miners are still paid in order of quality', () => {
    for (const name of ['classic', 'yuma3']) {
      const v = variant('random-validators', name);
      expect(strategy(v, 'random').dividendPerStake).toBeLessThan(strategy(v, 'honest').dividendPerStake);
      const byQuality = [...v.miners]
        .sort((a, b) => b.meanQuality - a.meanQuality)
        .map((m) => m.incentiveShare);
      expect(byQuality).toEqual([...byQuality].sort((a, b) => b - a));
    }
  });
});
