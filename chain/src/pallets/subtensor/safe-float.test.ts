/**
 * `SafeFloat` against cases from subtensor's own `share-pool` tests (normalize, add) and the behaviours
 * the share pool relies on: integers round-trip, `mulDiv` of a sole staker returns the pool exactly,
 * U64F64 shares convert to the same value.
 */
import { describe, expect, it } from 'vitest';
import { add, div, fromU64, fromU64F64, mulDiv, safeFloat, sub, toU64, ZERO } from './safe-float.js';

const MAX = 10n ** 21n;

describe('SafeFloat', () => {
  it('default: normalizes the mantissa into (10^20, 10^21] (test_safefloat_normalize)', () => {
    const cases: [bigint, bigint, bigint, bigint][] = [
      [1n, 0n, MAX, -21n],
      [0n, 0n, 0n, 0n],
      [10n, 0n, MAX, -20n],
      [1_000n, 0n, MAX, -18n],
      [10n ** 20n, 0n, MAX, -1n],
      [MAX, 0n, MAX, 0n],
    ];
    for (const [m, e, em, ee] of cases) expect(safeFloat(m, e)).toEqual({ mantissa: em, exponent: ee });
    expect(safeFloat(MAX + 1n, 0n)).toBeUndefined();
  });

  it('default: adds with the smaller operand truncated (test_safefloat_add)', () => {
    const cases: [bigint, bigint, bigint, bigint, bigint, bigint][] = [
      [1n, 0n, 1n, 0n, 2n * 10n ** 20n, -20n],
      [0n, 0n, 1n, 0n, MAX, -21n],
      [0n, 0n, 1n, -1n, MAX, -22n],
      [1n, -1000n, 1n, -1n, MAX, -22n],
      [MAX, 0n, MAX, 0n, (MAX * 2n) / 10n, 1n],
      [1n, 0n, MAX, 1n, MAX, 1n],
    ];
    for (const [ma, ea, mb, eb, em, ee] of cases) {
      const a = safeFloat(ma, ea) ?? ZERO;
      const b = safeFloat(mb, eb) ?? ZERO;
      expect(add(a, b)).toEqual({ mantissa: em, exponent: ee });
    }
  });

  it('behavior: integers round-trip; a sole staker owns the whole pool; U64F64 shares convert', () => {
    for (const v of [0n, 1n, 999n, 10n ** 9n, 2n ** 64n - 1n]) expect(toU64(fromU64(v))).toBe(v);
    const pool = fromU64(123_456_789_012n);
    const shares = fromU64(7_777n);
    expect(toU64(mulDiv(pool, shares, shares) ?? ZERO)).toBe(123_456_789_012n);
    expect(toU64(fromU64F64((42n << 64n) + (1n << 63n)))).toBe(42n);
    expect(toU64(div(fromU64(10n), fromU64(4n)) ?? ZERO)).toBe(2n);
    expect(sub(ZERO, fromU64(1n))).toBeUndefined();
    expect(sub(fromU64(1n), fromU64(5n))).toEqual(ZERO);
  });
});
