import { hexToBytes } from '@noble/hashes/utils';

/**
 * A deterministic pseudo-random source: `next()` returns a float in [0, 1), `int(n)` an integer in [0, n).
 *
 * @example
 * const random: SeededRandom = seededRandom(seed);
 */
export type SeededRandom = {
  next(): number;
  int(n: number): number;
};

/**
 * A small fast PRNG (sfc32) seeded from the first 16 bytes of a `0x` hex seed, for `challenge()` functions that must
 * draw benchmark items deterministically from a {@link challengeSeed}. The same seed always gives the same sequence
 * on every platform. Not for cryptography.
 *
 * @example
 * const random = seededRandom(seed);
 * const item = dataset[random.int(dataset.length)];
 */
export function seededRandom(seed: string): SeededRandom {
  const bytes = hexToBytes(seed.replace(/^0x/, '').padEnd(32, '0').slice(0, 32));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let a = view.getUint32(0, true);
  let b = view.getUint32(4, true);
  let c = view.getUint32(8, true);
  let d = view.getUint32(12, true);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return { next, int: (n) => Math.floor(next() * n) };
}
