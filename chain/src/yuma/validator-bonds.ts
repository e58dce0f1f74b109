/**
 * Yuma3's bond value per validator, `row_sum_sparse(mat_vec_mul_sparse(col_normalize(ema_bonds), incentive))`
 * in subtensor's `epoch_mechanism`, done in one pass over the bonds: each entry is divided by its
 * column's sum, multiplied by the column's incentive and summed per row, with the same fixed-point
 * operations in the same order as the three helpers, without building the two intermediate matrices
 * (the property test compares both).
 */
import { div, type I32F32, mul, rowValue, sumOf } from './fixed/i32f32.js';
import { columnSums, type SparseMatrix } from './math/sparse-matrix.js';

const ZERO: I32F32 = 0;

/**
 * Σ_j (bonds_ij / Σ_i bonds_ij) · incentive_j per row i (columns ≥ `columns` are not normalized, columns
 * beyond `incentive` and zero products are skipped).
 *
 * @example
 * const perValidator = totalBondsPerValidator(emaBonds, incentive, n);
 */
export function totalBondsPerValidator(
  bonds: SparseMatrix,
  incentive: readonly I32F32[],
  columns: number,
): I32F32[] {
  const sums = columnSums(bonds, columns);
  let longest = 0;
  for (const row of bonds) longest = Math.max(longest, row.idx.length);
  const products = new Float64Array(longest);
  return bonds.map((row) => {
    let count = 0;
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      const d = j < columns ? sums[j] : ZERO;
      const normalized = d !== ZERO ? rowValue(div(row.val[k], d)) : row.val[k];
      if (j >= incentive.length) continue;
      const p = mul(normalized, incentive[j]);
      if (p !== ZERO) products[count++] = rowValue(p);
    }
    return sumOf(products.subarray(0, count));
  });
}
