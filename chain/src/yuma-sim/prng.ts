/**
 * A seeded pseudo-random generator (mulberry32) so that simulations are reproducible bit for bit.
 */

/** Uniform and normal draws from one seeded stream. */
export interface Prng {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  /** Standard normal (Box–Muller). */
  readonly normal: () => number;
}

/**
 * Creates a deterministic generator from a 32-bit seed.
 *
 * @example
 * ```ts
 * const rng = createPrng(42);
 * rng.next(); // same value on every run
 * ```
 */
export function createPrng(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const normal = (): number => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return { next, normal };
}
