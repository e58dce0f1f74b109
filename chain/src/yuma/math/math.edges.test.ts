/**
 * The edges of the epoch math that subtensor's vectors (math.test.ts) and the epoch tests do not reach: entries
 * outside the stated shape (columns past `columns`, vectors shorter than the matrix), zero and negative sums,
 * ties, shape mismatches, empty inputs, and the weighted median against a brute-force definition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { div, fromFloat, fromInt, type I32F32, MAX, ONE, toFloat, ZERO } from '../fixed/i32f32.js';
import { mat_ema_alpha_sparse, mat_ema_sparse } from './ema.js';
import {
  col_clip_sparse,
  columnSums,
  inplace_col_max_upscale_sparse,
  inplace_col_normalize_sparse,
  inplace_row_normalize_sparse,
  interpolate_sparse,
  mask_diag_sparse,
  mask_diag_sparse_except_index,
  mask_rows_sparse,
  mat_vec_mul_sparse,
  matmul_sparse,
  matmul_transpose_sparse,
  row_hadamard_sparse,
  row_sum_sparse,
  type SparseMatrix,
  scalar_vec_mask_sparse_matrix,
  vec_mask_sparse_matrix,
} from './sparse-matrix.js';
import { copyRow, MatrixBuilder, rowFromEntries } from './sparse-row.js';
import { vec_max_upscale_to_u16 } from './upscale.js';
import {
  inplace_mask_vector,
  inplace_normalize,
  inplace_normalize_using_sum,
  is_topk,
  is_topk_nonzero,
  normalize,
  vec_mul,
} from './vector.js';
import { weighted_median, weighted_median_col_sparse } from './weighted-median.js';

/** A value given as a float (exact for the dyadic fractions used here). */
const f = (x: number): I32F32 => fromFloat(x);
const fs = (xs: number[]): I32F32[] => xs.map(f);
/** A matrix from rows of `[column, value]` pairs. */
const matrix = (rows: [number, number][][]): SparseMatrix =>
  rows.map((r) => rowFromEntries(r.map(([j, v]) => [j, f(v)] as const)));
/** A matrix back to rows of `[column, value]` pairs, in storage order. */
const entries = (m: SparseMatrix): [number, number][][] =>
  m.map((row) => Array.from(row.idx, (j, k): [number, number] => [j, toFloat(row.val[k]!)]));
const floats = (xs: readonly I32F32[]): number[] => xs.map(toFloat);

describe('vector helpers', () => {
  it('behavior: normalize returns a new vector and leaves its input alone', () => {
    const x = fs([1, 3]);
    expect(floats(normalize(x))).toEqual([0.25, 0.75]);
    expect(floats(x)).toEqual([1, 3]);
  });

  it('args: a zero sum leaves the vector as it is, even when its entries are not zero', () => {
    const x = fs([1, -1]);
    inplace_normalize(x);
    expect(floats(x)).toEqual([1, -1]);
    const y = fs([2, 2]);
    inplace_normalize_using_sum(y, ZERO);
    expect(floats(y)).toEqual([2, 2]);
  });

  it('args: an empty mask masks nothing; a short mask masks the entries it does not reach', () => {
    const x = fs([1, 2, 3]);
    inplace_mask_vector([], x);
    expect(floats(x)).toEqual([1, 2, 3]);
    inplace_mask_vector([false], x);
    expect(floats(x)).toEqual([1, 0, 0]);
  });

  it('args: vec_mul runs over the shorter vector; an overflowing product is 0', () => {
    expect(floats(vec_mul(fs([2, 3, 4]), fs([0.5, 2])))).toEqual([1, 6]);
    expect(vec_mul([MAX], [fromInt(2)])).toEqual([ZERO]);
  });

  it('behavior: is_topk keeps the k largest; ties go to the higher uid; k past the length keeps all', () => {
    expect(is_topk(fs([1, 1, 1]), 1)).toEqual([false, false, true]);
    expect(is_topk(fs([5, 1, 3]), 1)).toEqual([true, false, false]);
    expect(is_topk(fs([5, 1, 3, 3]), 2)).toEqual([true, false, false, true]);
    expect(is_topk(fs([5, 1, 3]), 3)).toEqual([true, true, true]);
    expect(is_topk(fs([5, 1, 3]), 7)).toEqual([true, true, true]);
    expect(is_topk(fs([5, 1, 3]), 0)).toEqual([false, false, false]);
  });

  it('behavior: is_topk equals a stable sort by value on random vectors with many ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 120 }),
        fc.nat(130),
        (values, k) => {
          const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          const expected = values.map(() => true);
          for (const [, i] of order.slice(0, Math.max(0, values.length - k))) expected[i] = false;
          expect(is_topk(values.map(fromInt), k)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('behavior: is_topk_nonzero never selects a zero', () => {
    expect(is_topk_nonzero(fs([0, 2, 0]), 2)).toEqual([false, true, false]);
    expect(is_topk_nonzero(fs([0, 2, 1]), 5)).toEqual([false, true, true]);
  });
});

describe('vec_max_upscale_to_u16', () => {
  it('args: empty, all zero, and nothing above zero give zeros', () => {
    expect(vec_max_upscale_to_u16([])).toEqual([]);
    expect(vec_max_upscale_to_u16(fs([0, 0]))).toEqual([0, 0]);
    expect(vec_max_upscale_to_u16(fs([-1, 0]))).toEqual([0, 0]);
  });
});

describe('sparse rows', () => {
  it('behavior: a copied row belongs to the caller: changing it leaves the original alone', () => {
    const row = rowFromEntries([[1, f(0.5)]]);
    const copy = copyRow(row);
    copy.idx[0] = 7;
    copy.val[0] = 9;
    expect(Array.from(row.idx)).toEqual([1]);
    expect(toFloat(row.val[0]!)).toBe(0.5);
  });

  it('error: a MatrixBuilder refuses an entry past its capacity', () => {
    const builder = new MatrixBuilder(1);
    builder.push(0, ONE);
    expect(() => builder.push(1, ONE)).toThrow(new RangeError('MatrixBuilder: more than 1 entries'));
  });
});

describe('masks', () => {
  const m = () =>
    matrix([
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
      [
        [0, 4],
        [1, 5],
      ],
      [[2, 6]],
    ]);

  it('args: mask_rows_sparse empties masked rows and rows past the mask', () => {
    expect(entries(mask_rows_sparse([true, false], m()))).toEqual([
      [],
      [
        [0, 4],
        [1, 5],
      ],
      [],
    ]);
  });

  it('default: mask_diag_sparse drops the diagonal; the except variant keeps one entry of it', () => {
    expect(entries(mask_diag_sparse(m()))).toEqual([
      [
        [1, 2],
        [2, 3],
      ],
      [[0, 4]],
      [],
    ]);
    expect(entries(mask_diag_sparse_except_index(m(), 1))).toEqual([
      [
        [1, 2],
        [2, 3],
      ],
      [
        [0, 4],
        [1, 5],
      ],
      [],
    ]);
  });

  it('args: vec_mask_sparse_matrix drops (i, j) where the mask holds; vector entries past the end read 0', () => {
    // first = [5] (rows 1, 2 read 0), second = [1, 9] (column 2 reads 0); drop where first_i >= second_j
    const masked = vec_mask_sparse_matrix(m(), [5n], [1n, 9n], (a, b) => a >= b);
    expect(entries(masked)).toEqual([
      [[1, 2]],
      [
        [0, 4],
        [1, 5],
      ],
      [],
    ]);
    const kept = vec_mask_sparse_matrix(m(), [5n], [1n, 9n], (a, b) => a < b);
    expect(entries(kept)).toEqual([
      [
        [0, 1],
        [2, 3],
      ],
      [],
      [[2, 6]],
    ]);
  });

  it('args: scalar_vec_mask_sparse_matrix compares one scalar with each column; columns past the vector read 0', () => {
    const masked = scalar_vec_mask_sparse_matrix(m(), 3n, [1n, 5n], (a, b) => a <= b);
    expect(entries(masked)).toEqual([
      [
        [0, 1],
        [2, 3],
      ],
      [[0, 4]],
      [[2, 6]],
    ]);
    const zeroMasked = scalar_vec_mask_sparse_matrix(m(), 0n, [1n, 5n], (a, b) => a === b);
    expect(entries(zeroMasked)).toEqual([
      [
        [0, 1],
        [1, 2],
      ],
      [
        [0, 4],
        [1, 5],
      ],
      [],
    ]);
  });
});

describe('normalization and sums', () => {
  it('args: a row is normalized only when its sum is positive', () => {
    const m = matrix([
      [
        [0, 1],
        [1, -1],
      ],
      [
        [0, -1],
        [1, -1],
      ],
      [
        [0, 1],
        [1, 3],
      ],
    ]);
    inplace_row_normalize_sparse(m);
    expect(entries(m)).toEqual([
      [
        [0, 1],
        [1, -1],
      ],
      [
        [0, -1],
        [1, -1],
      ],
      [
        [0, 0.25],
        [1, 0.75],
      ],
    ]);
    expect(floats(row_sum_sparse(m))).toEqual([0, -2, 1]);
  });

  it('args: column sums, column normalization and column max-upscaling ignore columns past `columns`', () => {
    const m = () =>
      matrix([
        [
          [0, 1],
          [5, 8],
        ],
        [
          [0, 3],
          [1, 2],
        ],
      ]);
    expect(floats(columnSums(m(), 2))).toEqual([4, 2]);
    const normalized = m();
    inplace_col_normalize_sparse(normalized, 2);
    expect(entries(normalized)).toEqual([
      [
        [0, 0.25],
        [5, 8],
      ],
      [
        [0, 0.75],
        [1, 1],
      ],
    ]);
    const upscaled = m();
    inplace_col_max_upscale_sparse(upscaled, 2);
    expect(entries(upscaled)).toEqual([
      [
        [0, toFloat(div(f(1), f(3)))],
        [5, 8],
      ],
      [
        [0, 1],
        [1, 1],
      ],
    ]);
  });

  it('args: an entry exactly at column `columns` is left as it is by the column max-upscaling', () => {
    const m = matrix([
      [
        [0, 2],
        [2, 8],
      ],
    ]);
    inplace_col_max_upscale_sparse(m, 2);
    expect(entries(m)).toEqual([
      [
        [0, 1],
        [2, 8],
      ],
    ]);
  });

  it('args: a column whose maximum is not positive is left as it is', () => {
    const m = matrix([[[0, -1]], [[0, -2]]]);
    inplace_col_max_upscale_sparse(m, 1);
    expect(entries(m)).toEqual([[[0, -1]], [[0, -2]]]);
  });
});

describe('col_clip_sparse', () => {
  it('args: entries above their column threshold are clipped to it, dropped when it is 0; past the thresholds it is 0', () => {
    const m = matrix([
      [
        [0, 0.5],
        [1, 0.25],
        [2, 0.75],
        [3, 0],
      ],
    ]);
    expect(entries(col_clip_sparse(m, fs([0.25, 0.25, 0, 0])))).toEqual([
      [
        [0, 0.25],
        [1, 0.25],
        [3, 0],
      ],
    ]);
    expect(entries(col_clip_sparse(m, fs([1, 1])))).toEqual([
      [
        [0, 0.5],
        [1, 0.25],
        [3, 0],
      ],
    ]);
  });
});

describe('products', () => {
  const m = () =>
    matrix([
      [
        [0, 1],
        [1, 2],
        [4, 8],
      ],
      [[1, 3]],
      [[0, 5]],
    ]);

  it('args: matmul_sparse: rows past the vector count 0, columns from `columns` on are dropped', () => {
    expect(floats(matmul_sparse(m(), fs([1, 2]), 2))).toEqual([1, 8]);
    expect(floats(matmul_sparse(m(), fs([1, 2]), 4))).toEqual([1, 8, 0, 0]);
  });

  it('args: matmul_transpose_sparse: columns from the vector length on count 0', () => {
    expect(floats(matmul_transpose_sparse(m(), fs([1, 0.5])))).toEqual([2, 1.5, 5]);
    expect(floats(matmul_transpose_sparse(m(), fs([1, 0.5, 0, 0])))).toEqual([2, 1.5, 5]);
  });

  it('args: row_hadamard_sparse scales each row; rows past the vector are dropped', () => {
    expect(entries(row_hadamard_sparse(m(), fs([2, 0.5])))).toEqual([
      [
        [0, 2],
        [1, 4],
        [4, 16],
      ],
      [[1, 1.5]],
    ]);
  });

  it('args: mat_vec_mul_sparse scales each column, dropping zero products and columns past the vector', () => {
    expect(entries(mat_vec_mul_sparse(m(), fs([2, 0])))).toEqual([[[0, 2]], [], [[0, 10]]]);
  });
});

describe('interpolate_sparse', () => {
  const mat1 = () =>
    matrix([
      [
        [1, 0.5],
        [0, 0],
      ],
      [],
    ]);
  const mat2 = () => matrix([[[0, 1]], [[1, 0.5]]]);

  it('args: ratio 0 and 1 return the matrices as they are (a new outer array, the same rows)', () => {
    const a = mat1();
    const b = mat2();
    const zero = interpolate_sparse(a, b, 2, ZERO);
    expect(zero).not.toBe(a);
    expect(zero[0]).toBe(a[0]);
    const one = interpolate_sparse(a, b, 2, ONE);
    expect(one).not.toBe(b);
    expect(one[1]).toBe(b[1]);
  });

  it('default: other ratios keep only positive results, in column order', () => {
    expect(entries(interpolate_sparse(mat1(), mat2(), 2, f(0.5)))).toEqual([
      [
        [0, 0.5],
        [1, 0.25],
      ],
      [[1, 0.25]],
    ]);
    expect(entries(interpolate_sparse(matrix([[[1, 0.5]]]), matrix([[[1, 0.5]]]), 3, f(0.5)))).toEqual([
      [[1, 0.5]],
    ]);
    // A row of mat1 against an empty row of mat2 is interpolated too, not skipped.
    expect(entries(interpolate_sparse(matrix([[[1, 0.5]]]), matrix([[]]), 2, f(0.5)))).toEqual([[[1, 0.25]]]);
  });

  it('args: matrices of different heights give mat2', () => {
    const b = matrix([[[0, 1]]]);
    const out = interpolate_sparse(mat1(), b, 2, f(0.5));
    expect(out).not.toBe(b);
    expect(entries(out)).toEqual([[[0, 1]]]);
  });
});

describe('bond moving averages', () => {
  it('args: mat_ema_sparse of nothing is nothing; old rows past the end count as empty', () => {
    expect(mat_ema_sparse([], [], f(0.5))).toEqual([]);
    const newM = matrix([[[0, 1]], [[1, 1]]]);
    const oldM = matrix([[[0, 0.5]]]);
    expect(entries(mat_ema_sparse(newM, oldM, f(0.5)))).toEqual([[[0, 0.75]], [[1, 0.5]]]);
  });

  it('args: mat_ema_alpha_sparse returns a copy of new when the shapes disagree', () => {
    const newM = matrix([[[0, 1]], [[1, 1]]]);
    const twoRows = [fs([0.5, 0.5]), fs([0.5, 0.5])];
    for (const [oldM, alpha] of [
      [matrix([[[0, 1]]]), twoRows],
      [matrix([[[0, 1]], []]), [fs([0.5, 0.5])]],
    ] as const) {
      const out = mat_ema_alpha_sparse(newM, oldM, alpha);
      expect(entries(out)).toEqual([[[0, 1]], [[1, 1]]]);
      expect(out[0]).not.toBe(newM[0]);
    }
  });

  it('args: mat_ema_alpha_sparse drops zero results and entries past the alpha row', () => {
    const newM = matrix([
      [
        [0, 0],
        [1, 0.5],
        [2, 1],
      ],
    ]);
    const oldM = matrix([
      [
        [0, 0],
        [1, 1],
        [2, 1],
      ],
    ]);
    // alpha row of length 2: column 2 is dropped from both matrices.
    expect(entries(mat_ema_alpha_sparse(newM, oldM, [fs([1, 0.5])]))).toEqual([[[1, 0.75]]]);
  });
});

describe('weighted_median', () => {
  /** The smallest score c with stake(score <= c) > minority; the largest score when none; 0 for no entries. */
  function reference(stake: number[], score: number[], minority: number): number {
    if (stake.length === 0) return 0;
    const distinct = [...new Set(score)].sort((a, b) => a - b);
    for (const c of distinct) {
      const below = stake.reduce((sum, s, i) => (score[i]! <= c ? sum + s : sum), 0);
      if (below > minority) return c;
    }
    return distinct.at(-1)!;
  }

  it('behavior: equals the brute-force definition on random stakes and scores (more than 64 entries too)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 8 })), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.integer({ min: -2, max: 40 }),
        (pairs, minority) => {
          const stake = pairs.map(([s]) => s);
          const score = pairs.map(([, c]) => c);
          const total = stake.reduce((a, b) => a + b, 0);
          const got = weighted_median(
            stake.map(fromInt),
            score.map(fromInt),
            stake.map((_, i) => i),
            fromInt(minority),
            ZERO,
            fromInt(total),
          );
          expect(toFloat(got)).toBe(reference(stake, score, minority));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('behavior: a partition far larger than any before (1,000 entries) still gives the brute-force answer', () => {
    const stake = Array.from({ length: 1000 }, (_, i) => (i * 7) % 13);
    const score = Array.from({ length: 1000 }, (_, i) => (i * 11) % 17);
    const total = stake.reduce((a, b) => a + b, 0);
    for (const minority of [0, total / 2, total - 1]) {
      const got = weighted_median(
        stake.map(fromInt),
        score.map(fromInt),
        stake.map((_, i) => i),
        fromInt(minority),
        ZERO,
        fromInt(total),
      );
      expect(toFloat(got)).toBe(reference(stake, score, minority));
    }
  });

  it('args: no entries, stake and score of different lengths, or indices past the scores give 0', () => {
    expect(weighted_median(fs([1, 2, 3]), fs([1, 2, 3]), [0, 1, 2], f(1), ZERO, f(6))).toBe(f(2));
    expect(weighted_median(fs([1]), fs([1]), [], ZERO, ZERO, ONE)).toBe(ZERO);
    expect(weighted_median(fs([1, 2]), fs([1]), [0, 1], ZERO, ZERO, f(3))).toBe(ZERO);
    expect(weighted_median(fs([1, 2]), fs([4]), [0, 1], f(2.5), ZERO, f(3))).toBe(ZERO);
    expect(weighted_median(fs([1]), fs([3]), [4], ZERO, ZERO, ONE)).toBe(ZERO);
    // An index past the scores reads score 0 and stake 0.
    expect(weighted_median(fs([1, 1]), fs([3, 5]), [0, 4], ZERO, ZERO, f(2))).toBe(ZERO);
    expect(weighted_median(fs([1, 1]), fs([3, 5]), [4, 0], f(0.5), ZERO, f(2))).toBe(f(3));
    // Exactly at the end (index 2 of 2 scores), as pivot and as entry.
    expect(weighted_median(fs([1, 1]), fs([3, 5]), [0, 2], ZERO, ZERO, f(2))).toBe(ZERO);
    expect(weighted_median(fs([1, 1]), fs([3, 5]), [2, 0], f(0.5), ZERO, f(2))).toBe(f(3));
    expect(weighted_median(fs([1, 1]), fs([3, 5]), [2, 0, 1], f(1.5), ZERO, f(2))).toBe(f(5));
    expect(weighted_median(fs([1, 1]), fs([3, 5]), [2, 0, 1], f(-0.5), ZERO, f(2))).toBe(ZERO);
  });

  it('behavior: the column median counts only validators with stake, each at its own row', () => {
    // uid 0 has no stake (its score 0.75 must not count), uid 1 and 2 do.
    const stake = fs([0, 1, 3]);
    const scores = matrix([[[0, 0.75]], [[0, 0.25]], [[0, 0.5]]]);
    expect(floats(weighted_median_col_sparse(stake, scores, 1, f(0.5)))).toEqual([0.5]);
    const negative = fs([-1, 1, 3]);
    expect(floats(weighted_median_col_sparse(negative, scores, 1, f(0.5)))).toEqual([0.5]);
    // Columns past `columns` are ignored; a score matrix shorter than the stake reads as empty rows.
    const short = matrix([[[0, 0.75]], [[3, 1]]]);
    expect(floats(weighted_median_col_sparse(fs([1, 1, 1]), short, 2, f(0.5)))).toEqual([0, 0]);
  });
});
