/**
 * Sparse-matrix helpers of subtensor's `epoch/math.rs`, under the same names.
 *
 * Where Rust returns an unchanged copy of a row, these helpers return the row itself, so only the
 * `inplace_*` helpers may modify a row, and only one the caller owns.
 */
import {
  add,
  ColumnSums,
  div,
  divideEach,
  type I32F32,
  mul,
  ONE as ONE_BITS,
  rowValue,
  sub,
  sumOf,
  ZERO as ZERO_BITS,
} from '../fixed/i32f32.js';
import { emptyRow, entryCount, MatrixBuilder, type SparseMatrix, type SparseRow } from './sparse-row.js';

// Module-local copies: V8 reads a module's own constants much faster than imported bindings in hot loops.
const ONE: I32F32 = ONE_BITS;
const ZERO: I32F32 = ZERO_BITS;

export type { SparseMatrix, SparseRow } from './sparse-row.js';

/** Keeps the entries of each row for which `keep(row, column, value)` is true. */
function filterRows(m: SparseMatrix, keep: (i: number, j: number, v: I32F32) => boolean): SparseMatrix {
  const out = new MatrixBuilder(entryCount(m));
  return m.map((row, i) => {
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      const v = row.val[k];
      if (keep(i, j, v)) out.push(j, v);
    }
    return out.endRow();
  });
}

/** `mask_rows_sparse`: empty the rows whose mask is true (or missing); other rows are shared. */
export function mask_rows_sparse(mask: readonly boolean[], m: SparseMatrix): SparseMatrix {
  return m.map((row, i) => (i >= mask.length || mask[i] ? emptyRow() : row));
}

/** `mask_diag_sparse`: drop diagonal entries. */
export function mask_diag_sparse(m: SparseMatrix): SparseMatrix {
  return mask_diag_sparse_except_index(m, -1);
}

/** `mask_diag_sparse_except_index`: drop diagonal entries except (except, except). */
export function mask_diag_sparse_except_index(m: SparseMatrix, except: number): SparseMatrix {
  const out = new MatrixBuilder(entryCount(m));
  return m.map((row, i) => {
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      if (j !== i || i === except) out.push(j, row.val[k]);
    }
    return out.endRow();
  });
}

/**
 * `vec_mask_sparse_matrix`: drop (i, j) where `maskFn(first[i], second[j])`; missing entries read as 0.
 */
export function vec_mask_sparse_matrix(
  m: SparseMatrix,
  first: readonly bigint[],
  second: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return filterRows(
    m,
    (i, j) => !maskFn(i < first.length ? first[i] : 0n, j < second.length ? second[j] : 0n),
  );
}

/** `scalar_vec_mask_sparse_matrix`: drop (i, j) where `maskFn(scalar, vector[j])`. */
export function scalar_vec_mask_sparse_matrix(
  m: SparseMatrix,
  scalar: bigint,
  vector: readonly bigint[],
  maskFn: (a: bigint, b: bigint) => boolean,
): SparseMatrix {
  return filterRows(m, (_i, j) => !maskFn(scalar, j < vector.length ? vector[j] : 0n));
}

function rowTotal(row: SparseRow): I32F32 {
  return sumOf(row.val);
}

/** `inplace_row_normalize_sparse`: each row with a positive sum is divided by it. */
export function inplace_row_normalize_sparse(m: SparseMatrix): void {
  for (const row of m) {
    const total = rowTotal(row);
    if (total > 0) divideEach(row.val, total);
  }
}

/** `row_sum_sparse`: the sum of each row. */
export function row_sum_sparse(m: SparseMatrix): I32F32[] {
  return m.map(rowTotal);
}

/** Per-column sums over `columns` columns (out-of-range columns ignored), as `inplace_col_normalize_sparse` takes them. */
export function columnSums(m: SparseMatrix, columns: number): I32F32[] {
  const sums = new ColumnSums(columns);
  for (const row of m) {
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      // Past the end: ColumnSums holds `columns` entries, a typed array that ignores the write.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
      if (j < columns) sums.add(j, row.val[k]);
    }
  }
  return Array.from({ length: columns }, (_, j) => sums.total(j));
}

/** `inplace_col_normalize_sparse`: divide each entry by its column's sum (when non-zero). */
export function inplace_col_normalize_sparse(m: SparseMatrix, columns: number): void {
  const sums = columnSums(m, columns);
  for (const row of m) {
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      const d = j < columns ? sums[j] : ZERO;
      if (d !== ZERO) row.val[k] = rowValue(div(row.val[k], d));
    }
  }
}

/** `inplace_col_max_upscale_sparse`: divide each entry by its column's maximum (when non-zero). */
export function inplace_col_max_upscale_sparse(m: SparseMatrix, columns: number): void {
  const maxes = new Float64Array(columns);
  for (const row of m) {
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      // Past `columns` maxes[j] is undefined (no comparison holds); an equal maximum is written again.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
      if (j < columns && maxes[j] < row.val[k]) maxes[j] = row.val[k];
    }
  }
  for (const row of m) {
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      const d = j < columns ? maxes[j] : ZERO;
      if (d !== ZERO) row.val[k] = rowValue(div(row.val[k], d));
    }
  }
}

/** `col_clip_sparse`: clip each entry to its column threshold; entries clipped to a threshold ≤ 0 are dropped. */
export function col_clip_sparse(m: SparseMatrix, threshold: readonly I32F32[]): SparseMatrix {
  const out = new MatrixBuilder(entryCount(m));
  return m.map((row) => {
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      const v = row.val[k];
      const th = j < threshold.length ? threshold[j] : ZERO;
      if (th < v) {
        if (th > 0) out.push(j, th);
      } else {
        out.push(j, v);
      }
    }
    return out.endRow();
  });
}

/** `matmul_sparse`: r_j = Σ_i vector_i · m_ij over `columns` columns. */
export function matmul_sparse(m: SparseMatrix, vector: readonly I32F32[], columns: number): I32F32[] {
  const result: I32F32[] = new Array(columns).fill(ZERO);
  for (let i = 0; i < m.length; i++) {
    const row = m[i];
    const scale = i < vector.length ? vector[i] : ZERO;
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      if (j < columns) result[j] = add(result[j], mul(scale, row.val[k]));
    }
  }
  return result;
}

/** `matmul_transpose_sparse`: d_i = Σ_j vector_j · m_ij. */
export function matmul_transpose_sparse(m: SparseMatrix, vector: readonly I32F32[]): I32F32[] {
  return m.map((row) => {
    let acc: I32F32 = ZERO;
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      const v = j < vector.length ? vector[j] : ZERO;
      acc = add(acc, mul(v, row.val[k]));
    }
    return acc;
  });
}

/** `row_hadamard_sparse`: m_ij · vector_i (rows beyond the vector are dropped). */
export function row_hadamard_sparse(m: SparseMatrix, vector: readonly I32F32[]): SparseMatrix {
  const rows = Math.min(m.length, vector.length);
  // Stryker disable next-line ArrayDeclaration: equivalent, every index is assigned below
  const out: SparseMatrix = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const row = m[i];
    const scale = vector[i];
    const val = new Float64Array(row.val.length);
    for (let k = 0; k < val.length; k++) val[k] = rowValue(mul(row.val[k], scale));
    out[i] = { idx: row.idx, val };
  }
  return out;
}

/** `mat_vec_mul_sparse`: m_ij · vector_j, dropping zero products and columns beyond the vector. */
export function mat_vec_mul_sparse(m: SparseMatrix, vector: readonly I32F32[]): SparseMatrix {
  const out = new MatrixBuilder(entryCount(m));
  return m.map((row) => {
    for (let k = 0; k < row.idx.length; k++) {
      const j = row.idx[k];
      if (j >= vector.length) continue;
      const p = mul(row.val[k], vector[j]);
      if (p !== ZERO) out.push(j, p);
    }
    return out.endRow();
  });
}

/**
 * `interpolate_sparse`: mat1 + ratio · (mat2 − mat1); ratio 0 and 1 return mat1 / mat2 (rows shared),
 * other ratios keep only positive results, in column order.
 */
export function interpolate_sparse(
  mat1: SparseMatrix,
  mat2: SparseMatrix,
  columns: number,
  ratio: I32F32,
): SparseMatrix {
  if (ratio === ZERO) return mat1.slice();
  if (ratio === ONE) return mat2.slice();
  if (mat1.length !== mat2.length) return mat2.slice();
  const row1 = new Float64Array(columns);
  const row2 = new Float64Array(columns);
  // A row's result has at most the entries of its two input rows.
  const out = new MatrixBuilder(entryCount(mat1) + entryCount(mat2));
  return mat1.map((a, i) => {
    const b = mat2[i];
    // Two empty rows make an empty row whether or not this shortcut is taken (the `false` variant).
    // Stryker disable next-line ConditionalExpression: equivalent, see above
    if (a.idx.length === 0 && b.idx.length === 0) return emptyRow();
    scatter(row1, a, columns);
    scatter(row2, b, columns);
    for (let j = 0; j < columns; j++) {
      const v = add(row1[j], mul(ratio, sub(row2[j], row1[j])));
      if (v > 0) out.push(j, v);
    }
    row1.fill(0);
    row2.fill(0);
    return out.endRow();
  });
}

/** Writes a row into a dense scratch array (later entries win). */
function scatter(dense: Float64Array, row: SparseRow, columns: number): void {
  // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
  for (let k = 0; k < row.idx.length; k++) {
    const j = row.idx[k];
    // Past the end: dense has `columns` entries, a typed array that ignores the write.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
    if (j < columns) dense[j] = row.val[k];
  }
}
