/**
 * The coinbase vectors of `chain/test-vectors/coinbase/` (ported from subtensor's own tests: each case names
 * its source file and test) run against the devnet's code: the halving schedule, moving prices, subnet
 * shares, subnet terms and root proportion, the dividend split, and `run_coinbase` on a test chain.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestChain } from '../../../test-support/test-chain.js';
import { blockEmissionForIssuance } from './block-emission.js';
import { dividendDistribution } from './distribute-emission.js';
import { FIX32, mulFx, toU64 } from './fixed.js';
import { movingPriceBits, updateMovingPrice } from './moving-price.js';
import { rootProportionBits } from './root-proportion.js';
import { emitToSubnets, runCoinbase } from './run-coinbase.js';
import * as S from './storage.js';
import { emissionShares } from './subnet-emission-shares.js';
import { subnetTerms } from './subnet-terms.js';

const dir = new URL('../../../test-vectors/coinbase/', import.meta.url);
const load = (name: string): any => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const title = (c: { test: string; source: string }) => `${c.test} (${c.source.split(' ')[0]})`;
const float = (bits: bigint, frac: bigint) => Number(bits) / 2 ** Number(frac);
const near = (a: bigint, b: bigint, eps: bigint) => (a > b ? a - b : b - a) <= eps;

describe('block emission vectors', () => {
  const file = load('block-emission.json');
  for (const c of file.cases)
    it(`${title(c)}: issuance ${c.issuance}`, () => {
      const e = blockEmissionForIssuance(BigInt(c.issuance));
      for (const [op, v] of c.checks as [string, string][]) {
        if (op === 'eq') expect(e).toBe(BigInt(v));
        if (op === 'gt') expect(e > BigInt(v)).toBe(true);
        if (op === 'lt') expect(e < BigInt(v)).toBe(true);
        if (op === 'le') expect(e <= BigInt(v)).toBe(true);
      }
    });
  for (const c of file.sequences)
    it(title(c), () => {
      const e = (c.issuances as string[]).map((i) => blockEmissionForIssuance(BigInt(i)));
      for (let i = 1; i < e.length; i++) {
        if (c.relation === 'nonincreasing') expect(e[i]! <= e[i - 1]!).toBe(true);
        if (c.relation === 'within') expect(near(e[i]!, e[i - 1]!, BigInt(c.epsilon))).toBe(true);
      }
    });
});

describe('moving price vectors', () => {
  for (const c of load('moving-price.json').cases)
    it(title(c), () => {
      const { state } = createTestChain();
      S.SubnetMechanism.set(state, 1, c.mechanism);
      S.SubnetTAO.set(state, 1, BigInt(c.pool[0]));
      S.SubnetAlphaIn.set(state, 1, BigInt(c.pool[1]));
      S.FirstEmissionBlockNumber.set(state, 1, BigInt(c.firstEmissionBlock));
      S.EMAPriceHalvingBlocks.set(state, 1, BigInt(c.halvingBlocks));
      S.SubnetMovingAlpha.set(state, { bits: BigInt(c.movingAlphaBits) });
      S.SubnetMovingPrice.set(state, 1, { bits: BigInt(c.movingBits) });
      for (let i = 0; i < c.steps; i++) updateMovingPrice(state, 1, BigInt(c.block));
      const bits = S.SubnetMovingPrice.get(state, 1).bits;
      const value = float(movingPriceBits(state, 1), 64n);
      for (const [op, a, b] of c.checks as [string, number | string, number][]) {
        if (op === 'eq_bits') expect(bits).toBe(BigInt(a));
        if (op === 'lt_float') expect(value).toBeLessThan(a as number);
        if (op === 'near_float') expect(Math.abs(value - (a as number))).toBeLessThan(b);
      }
    });
});

describe('subnet share vectors', () => {
  for (const c of load('subnet-shares.json').cases)
    it(title(c), () => {
      const shares = emissionShares(
        c.subnets.map((n: { netuid: number; movingPriceBits: string; minerBurnedBits: string }) => [
          n.netuid,
          BigInt(n.movingPriceBits) << 32n,
          BigInt(n.minerBurnedBits) << 32n,
        ]),
      );
      for (const [netuid, expected] of Object.entries(c.expect as Record<string, number>))
        expect(Math.abs(float(shares.get(Number(netuid)) ?? 0n, 64n) - expected)).toBeLessThanOrEqual(
          c.epsilon,
        );
    });
});

describe('subnet terms and root proportion vectors', () => {
  for (const c of load('subnet-terms.json').cases)
    it(title(c), () => {
      if (c.kind === 'root_proportion') {
        const { state } = createTestChain();
        S.SubnetTAO.set(state, 0, BigInt(c.rootTao));
        S.TaoWeight.set(state, BigInt(c.taoWeight));
        S.SubnetAlphaIn.set(state, 1, BigInt(c.alphaIssuance));
        expect(rootProportionBits(state, 1)).toBe(BigInt(c.expectBits));
        return;
      }
      const input = {
        taoEmission: BigInt(c.taoEmissionBits),
        alphaEmission: BigInt(c.alphaEmission),
        priceBits: BigInt(c.priceBits),
        rootProportion: BigInt(c.rootProportionBits),
      };
      const t = subnetTerms(input);
      const price = input.priceBits >> 32n;
      const cap = mulFx(input.rootProportion, input.alphaEmission << 32n, 32n);
      const hundredth = FIX32 / 100n; // the Rust test's epsilon 0.01
      for (const check of c.checks as string[]) {
        if (check === 'alpha_out_is_alpha_emission') expect(t.alphaOut).toBe(input.alphaEmission << 32n);
        if (check === 'alpha_in_capped') expect(near(t.alphaIn, cap, cap / 1000n)).toBe(true);
        if (check === 'alpha_in_capped_exact') expect(t.alphaIn).toBe(cap);
        if (check === 'alpha_in_eq_emission') expect(t.alphaIn).toBe(input.taoEmission);
        if (check === 'tao_in_eq_emission') expect(t.taoIn).toBe(input.taoEmission);
        if (check === 'no_excess') expect(t.excessTao).toBe(0n);
        if (check === 'tao_in_is_alpha_in_times_price')
          expect(near(t.taoIn, mulFx(t.alphaIn, price, 32n), hundredth)).toBe(true);
        if (check === 'excess_is_emission_minus_tao_in')
          expect(near(t.excessTao, input.taoEmission - t.taoIn, hundredth)).toBe(true);
      }
    });
});

describe('dividend distribution vectors', () => {
  for (const c of load('dividend-distribution.json').cases)
    it(title(c), () => {
      const split = dividendDistribution(
        c.receivers.map((r: { dividend: string; alphaStake: string; rootStake: string }, i: number) => ({
          hotkey: new Uint8Array(32).fill(i),
          dividend: BigInt(r.dividend) << 32n,
          alphaStake: BigInt(r.alphaStake),
          rootStake: BigInt(r.rootStake),
        })),
        BigInt(c.pendingAlpha),
        BigInt(c.pendingRoot),
        BigInt(c.taoWeightBits),
      );
      const total = (xs: [Uint8Array, bigint][]) =>
        toU64(
          xs.reduce((sum, [, v]) => sum + v, 0n),
          32n,
        );
      for (const [check, value, eps] of c.checks as [string, string, string][]) {
        const got = total(check === 'alpha_total_near' ? split.alpha : split.root);
        expect(near(got, BigInt(value), BigInt(eps))).toBe(true);
      }
    });
});

type StorageSetting = [string, number[], unknown];
/** One `run_coinbase` (or `emit_to_subnets`) of a case: storage set first, then the checks after it. */
type Step = {
  block: number;
  storage: StorageSetting[];
  mint: string;
  expect: [string, number[], Record<string, unknown>][];
};
const revive = (v: unknown): unknown => {
  if (typeof v === 'string') return BigInt(v);
  if (v !== null && typeof v === 'object' && 'bits' in v)
    return { bits: BigInt((v as { bits: string }).bits) };
  return v;
};
const item = (name: string): any => (S as Record<string, unknown>)[name];

describe('run_coinbase vectors', () => {
  for (const c of load('run-coinbase.json').cases)
    it(title(c), () => {
      const chain = createTestChain();
      const { state } = chain;
      for (const n of c.networks) {
        S.NetworksAdded.set(state, n.netuid, true);
        S.TotalNetworks.set(state, S.TotalNetworks.get(state) + 1);
        S.Tempo.set(state, n.netuid, n.tempo);
        S.SubnetMechanism.set(state, n.netuid, n.mechanism);
        S.NetworkRegistrationAllowed.set(state, n.netuid, true);
        S.SubtokenEnabled.set(state, n.netuid, true);
        S.FirstEmissionBlockNumber.set(state, n.netuid, BigInt(n.firstEmissionBlock));
      }
      const read = (name: string, keys: number[]): bigint => item(name).get(state, ...keys);
      const emissions = new Map(
        Object.entries((c.emissions ?? {}) as Record<string, string>).map(([n, e]) => [Number(n), BigInt(e)]),
      );
      const steps: Step[] = c.steps ?? [{ block: 2, storage: c.storage, mint: c.mint, expect: c.expect }];
      for (const step of steps) {
        for (const [name, keys, value] of step.storage) item(name).set(state, ...keys, revive(value));
        const before = step.expect.map(([name, keys]) => read(name, keys));
        const mint = BigInt(step.mint);
        S.TotalIssuance.set(state, S.TotalIssuance.get(state) + mint); // mint_tao
        const run = (ctx: Parameters<typeof runCoinbase>[0]) =>
          c.kind === 'emit_to_subnets'
            ? emitToSubnets(ctx.state, emissions, mint, c.rootSell)
            : runCoinbase(ctx, mint);
        expect(chain.dispatch(step.block, run)).toBeUndefined();
        step.expect.forEach(([name, keys, want], i) => {
          const got = read(name, keys);
          if ('eq' in want) expect(got, name).toBe(BigInt(want.eq as string));
          if ('lt' in want) expect(got < BigInt(want.lt as string), name).toBe(true);
          if ('near' in want) {
            const [v, eps] = want.near as [string, string];
            expect(near(got, BigInt(v), BigInt(eps)), `${name} ${got} ≉ ${v}`).toBe(true);
          }
          if ('delta' in want) expect(got - before[i]!).toBe(BigInt(want.delta as string));
          if ('delta_near' in want) {
            const [v, eps] = want.delta_near as [string, string];
            expect(near(got - before[i]!, BigInt(v), BigInt(eps))).toBe(true);
          }
        });
      }
    });
});
