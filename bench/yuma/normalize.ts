/**
 * Vector normalization of the float64 reference epoch.
 */

/**
 * x ← x / Σx, unless the sum is 0 (then x is left as it is, as subtensor's `inplace_normalize`).
 *
 * @example
 * ```ts
 * const x = Float64Array.of(1, 3);
 * normalize(x); // x = [0.25, 0.75]
 * ```
 */
export function normalize(x: Float64Array): void {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  if (s !== 0) for (let i = 0; i < x.length; i++) x[i] /= s;
}
