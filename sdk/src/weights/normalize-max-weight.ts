/**
 * Normalizes `weights` to sum 1 with no entry above `limit`, clipping the largest entries — Bittensor's
 * `normalize_max_weight` (`utils/weight_utils.py`), including its `epsilon = 1e-7` and the uniform fallback when
 * the sum is 0 or `n · limit ≤ 1`. Values are rounded to float32 like numpy's float32 arrays.
 *
 * @example
 * normalizeMaxWeight([1, 1, 8], { limit: 0.5 }); // ≈ [0.25, 0.25, 0.5]
 */
export function normalizeMaxWeight(
  weights: ArrayLike<number>,
  parameters: { limit?: number } = {},
): Float32Array {
  const limit = parameters.limit ?? 0.1;
  const epsilon = 1e-7;
  const n = weights.length;
  const x = Float32Array.from(weights);
  const total = sum(x);
  if (total === 0 || n * limit <= 1) return new Float32Array(n).fill(Math.fround(1 / n));

  const values = Float32Array.from(x).sort();
  const estimation = values.map((v) => v / total);
  const max = estimation[n - 1]; // sorted ascending
  if (max <= limit) return x.map((v) => v / total);

  const cumsum = new Float32Array(n);
  let running = 0;
  // Past the end: the Float32Array ignores the write, and `running` is not read after the loop.
  // Stryker disable next-line EqualityOperator: equivalent, see above
  for (let i = 0; i < n; i++) {
    running = Math.fround(running + estimation[i]);
    cumsum[i] = running;
  }
  let nValues = 0;
  // Stryker disable next-line EqualityOperator: past the end the ratio is NaN, which never counts.
  for (let i = 0; i < n; i++) {
    const estimationSum = Math.fround((n - i - 1) * estimation[i]);
    // With + epsilon the ratio equals `limit` only by float coincidence (none among small inputs searched).
    // Stryker disable next-line EqualityOperator: equivalent, see above
    if (estimation[i] / (estimationSum + cumsum[i] + epsilon) < limit) nValues++;
  }
  const cutoffScale = (limit * cumsum[nValues - 1] - epsilon) / (1 - limit * (n - nValues));
  const cutoff = Math.fround(cutoffScale * total);
  // Past the end x[i] is undefined (never > cutoff); an entry equal to the cutoff is rewritten with itself.
  // Stryker disable next-line EqualityOperator: equivalent, see above
  for (let i = 0; i < n; i++) if (x[i] > cutoff) x[i] = cutoff;
  const clippedTotal = sum(x);
  return x.map((v) => v / clippedTotal);
}

function sum(values: Float32Array): number {
  let total = 0;
  for (const v of values) total += v;
  return Math.fround(total);
}
