/**
 * Wall-clock timing for the benches: warm-up, then alternating timed calls, medians.
 */

/** How many calls to make. */
export interface MeasureOptions {
  /** Untimed calls of each function first, so the JIT has compiled them. */
  readonly warmup: number;
  /** Timed calls of each function. */
  readonly runs: number;
}

/**
 * Median milliseconds per call of each function. Each round calls every function once, in turn, so load
 * drift on a shared machine hits all of them alike. GC runs when V8 decides, as in production: forcing a
 * full GC between calls shrinks the young generation and made an allocating function up to 4× slower.
 *
 * @example
 * ```ts
 * const [exactMs, floatMs] = medianMs([() => epoch(input), () => float64Epoch(input)], { warmup: 2, runs: 5 });
 * ```
 */
export function medianMs(fns: ReadonlyArray<() => unknown>, options: MeasureOptions): number[] {
  for (let w = 0; w < options.warmup; w++) for (const fn of fns) fn();
  const times = fns.map(() => new Float64Array(options.runs));
  for (let r = 0; r < options.runs; r++) {
    fns.forEach((fn, f) => {
      const start = performance.now();
      fn();
      times[f][r] = performance.now() - start;
    });
  }
  return times.map(median);
}

/**
 * The median of some samples (the mean of the middle two for an even count).
 *
 * @example
 * ```ts
 * median(Float64Array.of(3, 1, 2)); // 2
 * ```
 */
export function median(x: Float64Array): number {
  const sorted = x.slice().sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
