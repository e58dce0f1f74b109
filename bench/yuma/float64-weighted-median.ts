/**
 * Stake-weighted median consensus in float64, with the same deterministic quick-select as subtensor's
 * `weighted_median` / `weighted_median_col_sparse` (SPEC §4.7).
 */
import type { CsrMatrix } from './csr-matrix.js';
import type { Float64Scratch } from './float64-scratch.js';

/**
 * Consensus per column: the weighted median of the scores given by the validators with positive stake
 * (a missing entry scores 0), with their stake re-normalized and majority `kappa`.
 *
 * @param scratch Working memory for the score matrix.
 * @param stake Active stake per row (length ≥ the matrix's rows).
 * @param weights Row-normalized weights.
 * @param columns Number of columns (n).
 * @param kappa Majority as a fraction (Kappa / 65535).
 *
 * @example
 * ```ts
 * const consensus = float64WeightedMedianColumns(scratch, activeStake, weights, n, 32767 / 65535);
 * ```
 */
export function float64WeightedMedianColumns(
  scratch: Float64Scratch,
  stake: Float64Array,
  weights: CsrMatrix,
  columns: number,
  kappa: number,
): Float64Array {
  const voters: number[] = [];
  let stakeTotal = 0;
  for (let i = 0; i < weights.rows; i++) {
    if (stake[i] > 0) {
      voters.push(i);
      stakeTotal += stake[i];
    }
  }
  const k = voters.length;
  const useStake = new Float64Array(k);
  let stakeSum = 0;
  for (let r = 0; r < k; r++) {
    useStake[r] = stakeTotal > 0 ? stake[voters[r]] / stakeTotal : 0;
    stakeSum += useStake[r];
  }
  const minority = stakeSum - kappa;

  // Column-major scores: the k scores of column j are contiguous, so each quick-select scans one block.
  const score = scratch.f64('score', columns * k);
  for (let r = 0; r < k; r++) {
    const i = voters[r];
    for (let e = weights.rowPtr[i]; e < weights.rowPtr[i + 1]; e++)
      score[weights.col[e] * k + r] = weights.val[e];
  }

  const median = new Float64Array(columns);
  const buffers = [new Int32Array(k), new Int32Array(k), new Int32Array(k)];
  for (let j = 0; j < columns; j++) {
    median[j] = weightedMedian(useStake, score, j * k, k, minority, stakeSum, buffers);
  }
  return median;
}

/**
 * `weighted_median` on `score[base .. base + k]`: pivot on the middle element of the current partition,
 * keep the side that holds the majority boundary, drop the values equal to the pivot.
 */
function weightedMedian(
  stake: Float64Array,
  score: Float64Array,
  base: number,
  k: number,
  minority: number,
  stakeSum: number,
  buffers: Int32Array[],
): number {
  let [current, lower, upper] = buffers;
  for (let r = 0; r < k; r++) current[r] = r;
  let len = k;
  let lo = 0;
  let hi = stakeSum;
  for (let iterations = 0; iterations <= k; iterations++) {
    if (len === 0) return 0;
    if (len === 1) return score[base + current[0]];
    const pivot = score[base + current[len >> 1]];
    let loStake = 0;
    let hiStake = 0;
    let nLower = 0;
    let nUpper = 0;
    for (let r = 0; r < len; r++) {
      const idx = current[r];
      const s = score[base + idx];
      if (s < pivot) {
        loStake += stake[idx];
        lower[nLower++] = idx;
      } else if (s > pivot) {
        hiStake += stake[idx];
        upper[nUpper++] = idx;
      }
    }
    if (minority < lo + loStake && nLower > 0) {
      const swap = current;
      current = lower;
      lower = swap;
      len = nLower;
      hi = lo + loStake;
    } else if (hi - hiStake <= minority && nUpper > 0) {
      const swap = current;
      current = upper;
      upper = swap;
      len = nUpper;
      lo = hi - hiStake;
    } else {
      return pivot;
    }
  }
  return 0;
}
