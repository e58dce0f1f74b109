/**
 * The balancer swap step against subtensor's rules: a hand-computed case to the rao, and properties over
 * random pools — no swap pays out more than the constant-product amount (but for subtensor's
 * rounding of the ratio to 10^-18), a buy-then-sell round
 * trip never returns more than it put in, the fee is exactly the input the pool did not swap, and a
 * limited swap never moves the price past its limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceBits } from './balancer.js';
import { limitBits, MAX_PRICE, MIN_PRICE, type SwapOutcome, swapStep } from './swap-step.js';

const TAO = 1_000_000_000n;
const done = (o: ReturnType<typeof swapStep>): SwapOutcome => {
  if (typeof o === 'string') throw new Error(o);
  return o;
};

describe('swapStep', () => {
  it('default: 1 TAO into a 1000/1000 pool at the default fee, step by step as swap_step.rs computes it', () => {
    const pool = { tao: 1000n * TAO, alpha: 1000n * TAO, feeRate: 33 };
    // fee = amount · (33 / 65535) in U64F64, floored: 33·2^64/65535 = 9288815967535137 (floored bits).
    const rateBits = (33n << 64n) / 65535n;
    expect(rateBits).toBe(9_288_815_967_535_137n);
    const fee = (TAO * rateBits) >> 64n;
    expect(fee).toBe(503_547n);
    const net = TAO - fee;
    // exp = floor(T·10^18 / (T + net)) → U64F64 → alpha out = floor(A · (1 − exp)).
    const e = (((1000n * TAO * 10n ** 18n) / (1000n * TAO + net)) << 64n) / 10n ** 18n;
    const alphaOut = (1000n * TAO * ((1n << 64n) - e)) >> 64n;
    expect(done(swapStep(pool, 'taoForAlpha', TAO, MAX_PRICE, false))).toEqual({
      paidIn: net,
      paidOut: alphaOut,
      fee,
    });
    expect(alphaOut).toBe(998_498_457n);
  });

  it('default: dropFees swaps the whole input', () => {
    const pool = { tao: 1000n * TAO, alpha: 500n * TAO, feeRate: 33 };
    const out = done(swapStep(pool, 'alphaForTao', TAO, MIN_PRICE, true));
    expect(out.fee).toBe(0n);
    expect(out.paidIn).toBe(TAO);
  });

  it('error: a limit the price is already past is PriceLimitExceeded; a thin pool is ReservesTooLow; 1000× the reserve is SwapInputTooLarge', () => {
    const pool = { tao: 1000n * TAO, alpha: 1000n * TAO, feeRate: 33 };
    expect(swapStep(pool, 'taoForAlpha', TAO, TAO, false)).toBe('PriceLimitExceeded');
    expect(swapStep(pool, 'alphaForTao', TAO, TAO, false)).toBe('PriceLimitExceeded');
    expect(swapStep({ ...pool, alpha: 999_999n }, 'taoForAlpha', TAO, MAX_PRICE, false)).toBe(
      'ReservesTooLow',
    );
    expect(swapStep(pool, 'taoForAlpha', 2_000_000n * TAO, MAX_PRICE, false)).toBe('SwapInputTooLarge');
  });

  // Pools priced between 0.001 and 1000 TAO per alpha: a swap of up to 10× the input reserve stays far
  // inside the "no limit" prices (MIN_PRICE, MAX_PRICE), so it always fills in full.
  const pools = fc
    .record({
      tao: fc.bigInt(10n ** 9n, 10n ** 16n),
      perMille: fc.bigInt(1n, 1_000_000n),
      feeRate: fc.integer({ min: 0, max: 10_000 }),
    })
    .map(({ tao, perMille, feeRate }) => ({ tao, alpha: (tao * perMille) / 1000n + 1_000_000n, feeRate }));

  it('behavior: no swap creates TAO or alpha, and the fee is the input left unswapped', () => {
    fc.assert(
      fc.property(pools, fc.bigInt(1n, 10n ** 14n), fc.boolean(), (pool, raw, buy) => {
        const amount = (raw % (10n * (buy ? pool.tao : pool.alpha))) + 1n;
        const out = swapStep(
          pool,
          buy ? 'taoForAlpha' : 'alphaForTao',
          amount,
          buy ? MAX_PRICE : MIN_PRICE,
          false,
        );
        if (typeof out === 'string') return;
        expect(out.paidIn + out.fee).toBe(amount);
        expect(out.fee).toBe((amount * ((BigInt(pool.feeRate) << 64n) / 65535n)) >> 64n);
        const [rin, rout] = buy ? [pool.tao, pool.alpha] : [pool.alpha, pool.tao];
        expect(out.paidOut).toBeLessThan(rout);
        // The constant-product output, floored; subtensor floors the ratio to 10^-18 (then to 2^-64), which
        // rounds the output up by less than 2 + reserve·10^-18 rao, never more.
        expect(out.paidOut).toBeLessThanOrEqual(
          (rout * out.paidIn) / (rin + out.paidIn) + 2n + rout / 10n ** 18n,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('behavior: buying alpha and selling it back never returns more TAO than went in', () => {
    fc.assert(
      fc.property(pools, fc.bigInt(2_000_000n, 10n ** 14n), (pool, tao) => {
        const buy = swapStep(pool, 'taoForAlpha', tao, MAX_PRICE, false);
        if (typeof buy === 'string') return;
        const after = { tao: pool.tao + buy.paidIn, alpha: pool.alpha - buy.paidOut, feeRate: pool.feeRate };
        const sell = swapStep(after, 'alphaForTao', buy.paidOut, MIN_PRICE, false);
        if (typeof sell === 'string') return;
        expect(sell.paidOut).toBeLessThanOrEqual(tao);
      }),
      { numRuns: 500 },
    );
  });

  it('behavior: a limited swap stops at the limit price and charges the fee on what it swapped', () => {
    fc.assert(
      fc.property(pools, fc.bigInt(1n, 10n ** 15n), fc.integer({ min: 1, max: 500 }), (pool, amount, pct) => {
        const price = (priceBits(pool.tao, pool.alpha) * TAO) >> 64n;
        const up = price + (price * BigInt(pct)) / 1000n + 1n;
        const buy = swapStep(pool, 'taoForAlpha', amount, up, false);
        // Up to subtensor's rounding (the ratio floored to 10^-18 at each step): 10^-12 of the limit.
        if (typeof buy !== 'string') {
          const limit = limitBits(up);
          const after = priceBits(pool.tao + buy.paidIn, pool.alpha - buy.paidOut);
          expect(after).toBeLessThanOrEqual(limit + limit / 10n ** 12n);
          expect(buy.paidIn + buy.fee).toBeLessThanOrEqual(amount);
        }
        const down = price - (price * BigInt(pct)) / 1000n - 1n;
        const sell = swapStep(pool, 'alphaForTao', amount, down, false);
        if (typeof sell !== 'string') {
          const limit = limitBits(down);
          const after = priceBits(pool.tao - sell.paidOut, pool.alpha + sell.paidIn);
          expect(after).toBeGreaterThanOrEqual(limit - limit / 10n ** 12n);
          expect(sell.paidIn + sell.fee).toBeLessThanOrEqual(amount);
        }
      }),
      { numRuns: 500 },
    );
  });
});
