/**
 * Compressed sparse rows on typed arrays: the matrix layout of the float64 reference epoch.
 */

/**
 * A sparse matrix in CSR form. Row `i` holds the entries `rowPtr[i] .. rowPtr[i + 1]` of `col` and `val`.
 * `col` and `val` may be longer than `rowPtr[rows]` (spare capacity); entries past it are not part of the matrix.
 *
 * @example
 * ```ts
 * // 2 × n, row 0 = {1: 0.5}, row 1 empty
 * const m: CsrMatrix = { rows: 2, rowPtr: Int32Array.of(0, 1, 1), col: Int32Array.of(1), val: Float64Array.of(0.5) };
 * ```
 */
export interface CsrMatrix {
  readonly rows: number;
  readonly rowPtr: Int32Array;
  readonly col: Int32Array;
  readonly val: Float64Array;
}

/**
 * Divides every entry by the sum of its column (over `columns` columns), leaving columns that sum to 0 as they are.
 *
 * @example
 * ```ts
 * colNormalize(bonds, n); // Σ_i B_ij = 1 for every non-empty column j
 * ```
 */
export function colNormalize(m: CsrMatrix, columns: number): void {
  const sums = new Float64Array(columns);
  const end = m.rowPtr[m.rows];
  for (let e = 0; e < end; e++) sums[m.col[e]] += m.val[e];
  for (let e = 0; e < end; e++) {
    const d = sums[m.col[e]];
    if (d !== 0) m.val[e] /= d;
  }
}
