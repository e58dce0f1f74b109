/**
 * Stake-weighted median of subtensor's `epoch/math.rs`: `weighted_median` and `weighted_median_col_sparse`.
 */
import { add, type I32F32, rowValue, sub, ZERO as ZERO_BITS } from '../fixed/i32f32.js';
import type { SparseMatrix } from './sparse-row.js';
import { inplace_normalize, sum } from './vector.js';

// Module-local copies: V8 reads a module's own constants much faster than imported bindings in hot loops.
const ZERO: I32F32 = ZERO_BITS;

// Index buffers shared by every call (the median never re-enters itself), grown on demand.
// Set at module load, which Stryker's vitest runner does not repeat per mutant.
// Stryker disable next-line ArrayDeclaration: static, see above
const buffers: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function scratch(slot: number, size: number): Int32Array {
  // Growing when not needed only allocates again (the `true` and `<=` variants).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
  if (buffers[slot].length < size) buffers[slot] = new Int32Array(size * 2);
  return buffers[slot];
}

/**
 * `weighted_median`: deterministic quick-select on the middle element of the partition. Returns the
 * smallest score c such that the stake with score ≤ c exceeds the majority (stake_sum − minority).
 */
export function weighted_median(
  stake: ArrayLike<I32F32>,
  score: ArrayLike<I32F32>,
  partitionIdx: readonly number[],
  minority: I32F32,
  partitionLo: I32F32,
  partitionHi: I32F32,
): I32F32 {
  if (stake.length !== score.length) return ZERO;
  let lo = partitionLo;
  let hi = partitionHi;
  // The partition lives in `current[0..n)`; `lower` and `upper` are scratch space reused every round.
  let current = scratch(0, partitionIdx.length);
  let lower = scratch(1, partitionIdx.length);
  let upper = scratch(2, partitionIdx.length);
  // One past the end writes `current[n]`, outside the partition current[0..n).
  // Stryker disable next-line EqualityOperator: equivalent, see above
  for (let k = 0; k < partitionIdx.length; k++) current[k] = partitionIdx[k];
  let n = partitionIdx.length;
  const limit = partitionIdx.length;
  let iterations = 0;
  for (;;) {
    if (n === 0) return ZERO;
    const mid = current[n >> 1];
    const pivot = mid < score.length ? score[mid] : ZERO;
    let loStake: I32F32 = ZERO;
    let hiStake: I32F32 = ZERO;
    let nLower = 0;
    let nUpper = 0;
    for (let k = 0; k < n; k++) {
      const idx = current[k];
      const s = idx < score.length ? score[idx] : ZERO;
      if (s === pivot) continue;
      const st = idx < stake.length ? stake[idx] : ZERO;
      // Stryker disable next-line EqualityOperator: equivalent, entries equal to the pivot are skipped
      if (s < pivot) {
        loStake = add(loStake, st);
        lower[nLower++] = idx;
      } else {
        hiStake = add(hiStake, st);
        upper[nUpper++] = idx;
      }
    }
    if (minority < add(lo, loStake) && nLower > 0) {
      const swap = current;
      current = lower;
      lower = swap;
      n = nLower;
      hi = add(lo, loStake);
    } else if (sub(hi, hiStake) <= minority && nUpper > 0) {
      const swap = current;
      current = upper;
      upper = swap;
      n = nUpper;
      lo = sub(hi, hiStake);
    } else {
      return pivot;
    }
    // A safety net: the partition shrinks every round, so it never runs more rounds than it has entries.
    // Stryker disable next-line AssignmentOperator: equivalent, see above
    iterations += 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the net never fires
    if (iterations > limit) return ZERO;
  }
}

/**
 * `weighted_median_col_sparse`: per column, the weighted median of the scores of the validators with
 * positive stake (missing entries score 0), with their stake re-normalized and majority `majority`.
 */
export function weighted_median_col_sparse(
  stake: readonly I32F32[],
  score: SparseMatrix,
  columns: number,
  majority: I32F32,
): I32F32[] {
  const useStake = stake.filter((s) => s > 0);
  inplace_normalize(useStake);
  const stakeSum = sum(useStake);
  const minority = sub(stakeSum, majority);
  const k = useStake.length;
  const stakeIdx = Array.from({ length: k }, (_, i) => i);
  // One flat score table, column-major: scores of column c are useScore[c·k .. (c+1)·k).
  const useScore = new Float64Array(columns * k);
  let row = 0;
  const rows = Math.min(stake.length, score.length);
  for (let i = 0; i < rows; i++) {
    if (!(stake[i] > 0)) continue;
    const r = score[i];
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let e = 0; e < r.idx.length; e++) {
      const c = r.idx[e];
      // Past the end: useScore has columns·k entries, a typed array that ignores the write.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
      if (c < columns) useScore[c * k + row] = rowValue(r.val[e]);
    }
    row += 1;
  }
  // Normalized stakes are at most 1.0, so their bits are numbers; as a Float64Array the quick-select reads
  // them unboxed.
  const stakeRow = Float64Array.from(useStake as number[]);
  // Stryker disable next-line ArrayDeclaration: equivalent, every index is assigned below
  const median: I32F32[] = new Array(columns);
  for (let c = 0; c < columns; c++) {
    median[c] = weighted_median(
      stakeRow,
      useScore.subarray(c * k, (c + 1) * k),
      stakeIdx,
      minority,
      ZERO,
      stakeSum,
    );
  }
  return median;
}
