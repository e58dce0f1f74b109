import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  div,
  divideEach,
  divSaturating,
  fromBits,
  fromFloat,
  type I32F32,
  MAX,
  MIN,
  mul,
  mulOrZero,
  round,
  sub,
  toBits,
  toU16,
  toU64,
} from './i32f32.js';

const MAX_BITS = (1n << 63n) - 1n;
const MIN_BITS = -(1n << 63n);
const SAFE = 1n << 53n;
const sat = (x: bigint) => (x > MAX_BITS ? MAX_BITS : x < MIN_BITS ? MIN_BITS : x);

/** Straightforward bigint versions of substrate-fixed's I32F32 arithmetic, the oracle for the fast paths. */
const reference = {
  add: (a: bigint, b: bigint) => sat(a + b),
  sub: (a: bigint, b: bigint) => sat(a - b),
  mul: (a: bigint, b: bigint) => sat((a * b) >> 32n),
  mulOrZero: (a: bigint, b: bigint) => {
    const p = (a * b) >> 32n;
    return p > MAX_BITS || p < MIN_BITS ? 0n : p;
  },
  div: (a: bigint, b: bigint) => {
    if (b === 0n) return 0n;
    const q = (a << 32n) / b;
    return q > MAX_BITS || q < MIN_BITS ? 0n : q;
  },
};

/** Raw bits from every regime the fast paths distinguish. */
const bits = fc.oneof(
  fc.bigInt({ min: -(1n << 33n), max: 1n << 33n }), // proportions and small values
  fc.bigInt({ min: -(1n << 53n), max: 1n << 53n }), // up to the number/bigint boundary
  fc.bigInt({ min: MIN_BITS, max: MAX_BITS }), // the whole range
  fc.bigInt({ min: -(1n << 31n), max: (1n << 31n) - 1n }).map((k) => k << 32n), // integer-valued (u16 weights, sums)
  fc.constantFrom(0n, 1n, -1n, 1n << 32n, MAX_BITS, MIN_BITS, SAFE - 1n, SAFE, -SAFE, (1n << 52n) - 1n),
);

function expectCanonical(x: I32F32, want: bigint): void {
  expect(toBits(x)).toBe(want);
  const safe = want < SAFE && want > -SAFE;
  expect(typeof x).toBe(safe ? 'number' : 'bigint');
}

describe('I32F32', () => {
  for (const op of ['add', 'sub', 'mul', 'mulOrZero', 'div'] as const) {
    const impl = { add, sub, mul, mulOrZero, div }[op];
    it(`behavior: ${op} equals the bigint reference bit for bit`, () => {
      fc.assert(
        fc.property(bits, bits, (a, b) => {
          expectCanonical(impl(fromBits(a), fromBits(b)), reference[op](a, b));
        }),
        { numRuns: Number(process.env.YUMA_FIXED_RUNS ?? 20_000) },
      );
    });
  }

  it('behavior: division by a repeated large divisor (the row-sum cache) stays exact', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n << 53n, max: MAX_BITS }),
        fc.array(bits, { maxLength: 20 }),
        (d, xs) => {
          for (const a of xs) expectCanonical(div(fromBits(a), fromBits(d)), reference.div(a, d));
          for (const a of xs) expectCanonical(div(fromBits(a), fromBits(d << 0n)), reference.div(a, d));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('behavior: divideEach equals the bigint reference per entry, for integer-valued and other divisors', () => {
    const divisor = fc.oneof(
      fc.bigInt({ min: 1n, max: (1n << 31n) - 1n }).map((k) => k << 32n), // row sums of u16 weights
      bits,
    );
    const entry = fc.oneof(
      fc.bigInt({ min: 0n, max: 1n << 52n }),
      fc.bigInt({ min: -(1n << 52n), max: 1n << 52n }),
    );
    fc.assert(
      fc.property(divisor, fc.array(entry, { maxLength: 20 }), (d, xs) => {
        const values = Float64Array.from(xs, Number);
        const expected = xs.map((a) => reference.div(a, d));
        if (expected.some((q) => q <= -SAFE || q >= SAFE)) {
          // A quotient past the number range cannot be a matrix entry: rowValue refuses it.
          expect(() => divideEach(values, fromBits(d))).toThrow(RangeError);
          return;
        }
        divideEach(values, fromBits(d));
        expect(Array.from(values)).toEqual(expected.map(Number));
      }),
      { numRuns: 5_000 },
    );
  });

  it('behavior: division near exact quotients (remainder 0, ±1) equals the bigint reference', () => {
    const divisor = fc.bigInt({ min: 1n, max: (1n << 52n) - 1n });
    const quotient = fc.bigInt({ min: 0n, max: 1n << 52n });
    fc.assert(
      fc.property(divisor, quotient, fc.integer({ min: -2, max: 2 }), fc.boolean(), (d, q, delta, negate) => {
        // a · 2^32 ≈ q · d, so trunc(a · 2^32 / d) sits on or next to the integer q.
        const a = ((q * d) >> 32n) + BigInt(delta);
        const signed = sat(negate ? -a : a);
        expectCanonical(div(fromBits(signed), fromBits(d)), reference.div(signed, d));
      }),
      { numRuns: Number(process.env.YUMA_FIXED_RUNS ?? 20_000) },
    );
  });

  it('default: substrate-fixed rounding on known values', () => {
    const one = 1n << 32n;
    expect(toBits(mul(fromBits(-1n), fromBits(1n)))).toBe(-1n); // floor toward −∞
    expect(toBits(div(fromBits(-1n), fromBits(3n * one)))).toBe(0n); // trunc toward 0
    expect(toBits(div(fromBits(one), fromBits(0n)))).toBe(0n); // x / 0 = 0
    expect(toBits(div(MAX, fromBits(1n)))).toBe(0n); // overflowing quotient = 0
    expect(toBits(divSaturating(MAX, fromBits(1n)))).toBe(MAX_BITS);
    expect(toBits(mul(MAX, fromBits(2n * one)))).toBe(MAX_BITS);
    expect(toBits(mul(MIN, fromBits(2n * one)))).toBe(MIN_BITS);
    expect(toBits(round(fromBits(one / 2n)))).toBe(one); // ties away from zero
    expect(toBits(round(fromBits(-one / 2n)))).toBe(-one);
    expect(toU16(fromBits(-one))).toBe(0);
    expect(toU16(fromBits(70_000n * one))).toBe(65535);
    expect(toU64(fromBits(5n * one - 1n))).toBe(4n);
    expect(toBits(fromFloat(0.5))).toBe(one / 2n);
    expect(toBits(fromFloat(2 ** -33))).toBe(0n); // tie → even
    expect(toBits(fromFloat(3 * 2 ** -33))).toBe(2n); // tie → even
  });
});
