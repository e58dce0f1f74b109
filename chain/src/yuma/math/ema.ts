/**
 * Bond moving averages of subtensor's `epoch/math.rs`: `mat_ema_sparse` and `mat_ema_alpha_sparse`.
 */
import {
  add,
  type I32F32,
  max,
  min,
  mul,
  ONE as ONE_BITS,
  rowValue,
  sub,
  ZERO as ZERO_BITS,
} from '../fixed/i32f32.js';
import { copyRow, emptyRow, entryCount, MatrixBuilder, type SparseMatrix } from './sparse-row.js';

// Module-local copies: V8 reads a module's own constants much faster than imported bindings in hot loops.
const ONE: I32F32 = ONE_BITS;
const ZERO: I32F32 = ZERO_BITS;

/**
 * `mat_ema_sparse`: alpha · new + (1 − alpha) · old over the union of entries, keeping values > 0,
 * in column order. The matrix is taken as square (columns = rows).
 */
export function mat_ema_sparse(newM: SparseMatrix, oldM: SparseMatrix, alpha: I32F32): SparseMatrix {
  const n = newM.length;
  const oneMinusAlpha = sub(ONE, alpha);
  const acc = new Float64Array(n);
  // A row's result has at most the entries of its two input rows.
  const out = new MatrixBuilder(entryCount(newM) + entryCount(oldM));
  // Stryker disable next-line ArrayDeclaration: equivalent, every index is assigned below
  const result: SparseMatrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = newM[i];
    const b = i < oldM.length ? oldM[i] : emptyRow();
    // Two empty rows make an empty row whether or not this shortcut is taken.
    // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, see above
    if (a.idx.length === 0 && b.idx.length === 0) {
      result[i] = emptyRow();
      continue;
    }
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let k = 0; k < a.idx.length; k++) {
      const j = a.idx[k];
      // Past the end: acc has n entries, a typed array that ignores the write.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
      if (j < n) acc[j] = rowValue(add(acc[j], mul(alpha, a.val[k])));
    }
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let k = 0; k < b.idx.length; k++) {
      const j = b.idx[k];
      // Past the end: acc has n entries, a typed array that ignores the write.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
      if (j < n) acc[j] = rowValue(add(acc[j], mul(oneMinusAlpha, b.val[k])));
    }
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let j = 0; j < n; j++) {
      const v = acc[j];
      if (v > 0) out.push(j, v);
    }
    result[i] = out.endRow();
    acc.fill(0);
  }
  return result;
}

/**
 * `mat_ema_alpha_sparse`: min(1, (1 − α_ij) · old_ij + max(0, α_ij · new_ij)) for the entries of `new`
 * only; an old bond whose column is missing from the new row is dropped, as in subtensor.
 * Returns a copy of `new` when the shapes disagree.
 */
export function mat_ema_alpha_sparse(
  newM: SparseMatrix,
  oldM: SparseMatrix,
  alpha: readonly (readonly I32F32[])[],
): SparseMatrix {
  if (newM.length !== oldM.length || newM.length !== alpha.length) {
    return newM.map(copyRow);
  }
  const out = new MatrixBuilder(entryCount(newM));
  return newM.map((a, i) => {
    const b = oldM[i];
    const alphaRow = alpha[i];
    const decayed: I32F32[] = new Array(alphaRow.length).fill(ZERO);
    // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined (skipped)
    for (let k = 0; k < b.idx.length; k++) {
      const j = b.idx[k];
      if (j < alphaRow.length) decayed[j] = mul(sub(ONE, alphaRow[j]), b.val[k]);
    }
    for (let k = 0; k < a.idx.length; k++) {
      const j = a.idx[k];
      if (j >= alphaRow.length) continue;
      const inc = max(mul(alphaRow[j], a.val[k]), ZERO);
      const v = min(add(decayed[j], inc), ONE);
      if (v > 0) out.push(j, v);
    }
    return out.endRow();
  });
}
