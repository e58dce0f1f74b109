/**
 * A small seeded random number generator (mulberry32): the same seed gives the same sequence on every
 * machine, so model generation and validators' challenges are reproducible.
 */

/** A seeded source of numbers in [0, 1), plus the draws built on it. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Uniform integer in [0, n). */
  below(n: number): number;
}

/**
 * Creates a generator from a 32-bit seed.
 *
 * @example
 * const random = seededRandom(42);
 * random.below(10); // the same digit every run
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    below: (n) => Math.floor(next() * n),
  };
}
