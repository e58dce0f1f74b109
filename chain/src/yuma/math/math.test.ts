import { loadVectors, type MathCase } from '@subnetkit/chain/yuma/vectors';
import { describe, expect, it } from 'vitest';
import { bondsAlpha, compute_bonds_sparse } from '../bonds.js';
import { fromFloat, fromInt, type I32F32, MAX, ONE, sub, toFloat } from '../fixed/i32f32.js';
import { i64f64Div, i64f64FromInt, i64f64ToI32F32, inplace_normalize_64 } from '../fixed/i64f64.js';
import { mat_ema_alpha_sparse } from './ema.js';
import {
  col_clip_sparse,
  inplace_col_max_upscale_sparse,
  inplace_col_normalize_sparse,
  inplace_row_normalize_sparse,
  interpolate_sparse,
  type SparseMatrix,
} from './sparse-matrix.js';
import { rowFromEntries } from './sparse-row.js';
import { check_vec_max_limited, vec_max_upscale_to_u16, vec_u16_max_upscale_to_u16 } from './upscale.js';
import { is_topk, normalize } from './vector.js';
import { weighted_median, weighted_median_col_sparse } from './weighted-median.js';

/** `fixed(f32)` of the Rust tests: the f32 literal converted to I32F32 with round-to-nearest. */
const fixed = (x: number): I32F32 => fromFloat(Math.fround(x));
const fixedRows = (rows: number[][]): I32F32[][] => rows.map((r) => r.map(fixed));

/** A dense matrix as sparse rows with every entry present (zeros included). */
function sparse(rows: I32F32[][]): SparseMatrix {
  return rows.map((r) => rowFromEntries(r.map((v, j) => [j, v])));
}

/** A sparse matrix back to dense floats; missing entries are 0. */
function dense(m: SparseMatrix, columns: number): number[][] {
  return m.map((row) => {
    const out = new Array<number>(columns).fill(0);
    row.idx.forEach((j, k) => {
      out[j] = toFloat(row.val[k]);
    });
    return out;
  });
}

function transpose<T>(m: T[][]): T[][] {
  return m[0].map((_, c) => m.map((row) => row[c]));
}

function tolerance(c: MathCase): number {
  const match = /abs diff <= ([\d.e-]+)/.exec(c.comparison);
  return match ? Number(match[1]) : 0;
}

/**
 * `assert_mat_compare` of the Rust tests: |got − want| ≤ tol, compared as I32F32 bits, with the wanted
 * literals converted the same way as the inputs (f32 literals unless `literal` says otherwise).
 */
function expectClose(
  got: number[][],
  want: number[][],
  tol: number,
  literal: (x: number) => I32F32 = fixed,
): void {
  const eps = toFloat(fromFloat(tol));
  expect(got.length).toBe(want.length);
  got.forEach((row, i) => {
    row.forEach((v, j) => {
      const w = toFloat(literal(want[i][j]));
      expect(Math.abs(v - w), `[${i}][${j}] = ${v}, want ${w}`).toBeLessThanOrEqual(eps);
    });
  });
}

/** I64F64 bits of `I64F64::from_num(f64)` for the small literals of the u64 normalization test. */
const i64f64FromFloat = (x: number): bigint => BigInt(Math.round(x * 2 ** 64));

/** "I32F32(16384)", "I32F32::MAX" and lists of them, as written in the vectors. */
function parseFixedLiteral(text: string): I32F32[] {
  const one = (t: string): I32F32 => {
    const s = t.trim();
    if (s === 'I32F32::MAX') return MAX;
    const m = /^(?:I32F32\()?(\d+)\)?$/.exec(s);
    if (!m) throw new Error(`unknown literal ${s}`);
    return fromInt(Number(m[1]));
  };
  return text.startsWith('[') ? text.slice(1, -1).split(',').map(one) : [one(text)];
}

type Check = (c: MathCase) => void;

const checks: Array<[prefix: string, check: Check]> = [
  [
    'math.weighted_median.',
    (c) => {
      const inp = c.inputs as { stake_f32?: number[]; stake_pre_normalized?: boolean; score_f32?: number[] };
      if (!inp.stake_f32) {
        expect(weighted_median([], [], [], fixed(0.49), 0, 0)).toBe(0);
        return;
      }
      const raw = inp.stake_f32.map(fixed);
      const stake = inp.stake_pre_normalized ? normalize(raw) : raw;
      const score = (inp.score_f32 ?? []).map(fixed);
      const minority = sub(ONE, fixed(c.inputs.majority_f32 as number));
      let total: I32F32 = 0;
      for (const s of stake) total = (total as number) + (s as number);
      const idx = stake.map((_, i) => i);
      expect(weighted_median(stake, score, idx, minority, 0, total)).toBe(fixed(c.asserted.median as number));
    },
  ],
  [
    'math.weighted_median_col.',
    (c) => {
      const rows = fixedRows(c.inputs.weights_rows_f32 as number[][]);
      const stake = (c.inputs.stake_f32 as number[]).map(fixed);
      const median = weighted_median_col_sparse(
        stake,
        sparse(rows),
        rows[0].length,
        fixed(c.inputs.majority_f32 as number),
      );
      expect(median).toEqual((c.asserted.median_per_column_f32 as number[]).map(fixed));
    },
  ],
  [
    'math.normalize.',
    (c) => {
      const y = normalize((c.inputs.x as number[]).map(fixed)).map(toFloat);
      expectClose([y], [c.asserted.y as number[]], tolerance(c));
    },
  ],
  [
    'math.inplace_normalize_64.',
    (c) => {
      const x = (c.inputs.x as number[]).map((v) => i64f64FromInt(BigInt(v)));
      inplace_normalize_64(x);
      expectClose([x.map((v) => Number(v) / 2 ** 64)], [c.asserted.y as number[]], tolerance(c));
    },
  ],
  [
    'math.u64_normalization',
    (c) => {
      const total = i64f64FromInt(BigInt(c.inputs.total as number));
      const values = c.inputs.values as Record<string, number>;
      const share = (key: string) => i64f64Div(i64f64FromInt(BigInt(values[key])), total);
      expect(share('min')).toBe(i64f64FromFloat(0.0000000000000000476));
      expect(i64f64ToI32F32(share('min'))).toBe(0);
      expect(share('min32')).toBe(i64f64FromFloat(0.00000000023283066664));
      expect(i64f64ToI32F32(share('min32'))).toBe(fromFloat(0.0000000002));
      expect(share('mid')).toBe(1n << 63n);
      expect(share('max')).toBe(1n << 64n);
    },
  ],
  [
    'math.inplace_row_normalize',
    (c) => {
      const rows = fixedRows(c.inputs.rows_f32 as number[][]);
      const m = sparse(rows);
      inplace_row_normalize_sparse(m);
      expectClose(dense(m, rows[0].length), c.asserted.rows as number[][], tolerance(c));
    },
  ],
  [
    'math.inplace_col_normalize',
    (c) => {
      const columns = Object.values(c.inputs)[0] as number[][];
      const m = sparse(transpose(fixedRows(columns)));
      inplace_col_normalize_sparse(m, columns.length);
      expectClose(transpose(dense(m, columns.length)), c.asserted.columns as number[][], tolerance(c));
    },
  ],
  [
    'math.inplace_col_max_upscale',
    (c) => {
      const columns = c.inputs.columns_f32 as number[][];
      const m = sparse(transpose(fixedRows(columns)));
      inplace_col_max_upscale_sparse(m, columns.length);
      expectClose(transpose(dense(m, columns.length)), c.asserted.columns as number[][], tolerance(c));
    },
  ],
  [
    'math.vec_max_upscale_to_u16.',
    (c) => {
      if (c.inputs.vector_f32) {
        const x = (c.inputs.vector_f32 as number[]).map(fixed);
        expect(vec_max_upscale_to_u16(x)).toEqual(c.asserted.u16);
        return;
      }
      const literals = c.inputs.vector as string[];
      literals.forEach((lit, i) => {
        expect(vec_max_upscale_to_u16(parseFixedLiteral(lit)), lit).toEqual(
          (c.asserted.u16 as number[][])[i],
        );
      });
    },
  ],
  [
    'math.vec_u16_max_upscale_to_u16.',
    (c) => expect(vec_u16_max_upscale_to_u16(c.inputs.u16 as number[])).toEqual(c.asserted.u16),
  ],
  [
    'math.check_vec_max_limited.',
    (c) =>
      expect(check_vec_max_limited(c.inputs.vec_u16 as number[], c.inputs.max_limit_u16 as number)).toBe(
        c.asserted.result,
      ),
  ],
  [
    'math.is_topk',
    (c) => {
      const cases = c.inputs.cases as Array<{ v: number[]; k: number }>;
      cases.forEach(({ v, k }, i) => {
        expect(is_topk(v.map(fixed), k)).toEqual((c.asserted.results as boolean[][])[i]);
      });
    },
  ],
  [
    'math.col_clip',
    (c) => {
      const rows = fixedRows(c.inputs.matrix_rows as number[][]);
      const clipped = col_clip_sparse(sparse(rows), (c.inputs.thresholds as number[]).map(fixed));
      expect(dense(clipped, rows[0].length)).toEqual(c.asserted.rows);
    },
  ],
  [
    'math.interpolate.zeros_ones',
    (c) => {
      const zeros = sparse(Array.from({ length: 4 }, () => [0, 0, 0].map(fixed)));
      const ones = sparse(Array.from({ length: 4 }, () => [1, 1, 1].map(fixed)));
      (c.inputs.ratios as number[]).forEach((r, i) => {
        const ratio = fromFloat(r);
        const expected = fixed((c.asserted.all_entries as number[])[i]);
        const result = interpolate_sparse(zeros, ones, 3, ratio);
        expect(dense(result, 3).flat()).toEqual(new Array(12).fill(toFloat(expected)));
      });
    },
  ],
  [
    'math.interpolate',
    (c) => {
      const a = fixedRows(c.inputs.mat1_rows as number[][]);
      const b = fixedRows(c.inputs.mat2_rows as number[][]);
      const result = interpolate_sparse(
        sparse(a),
        sparse(b),
        a[0].length,
        fromFloat(c.inputs.ratio as number),
      );
      expectClose(dense(result, a[0].length), c.asserted.rows as number[][], tolerance(c));
    },
  ],
  [
    'math.mat_ema_alpha_sparse.',
    (c) => {
      // Sparse-form inputs are `I32F32::from_num(f64)` literals in the Rust test.
      const toSparse = (rows: Array<Array<[number, number]>>): SparseMatrix =>
        rows.map((r) => rowFromEntries(r.map(([j, v]) => [j, fromFloat(v)])));
      if (c.inputs.new_rows) {
        const fresh = fixedRows(c.inputs.new_rows as number[][]);
        const old = fixedRows(c.inputs.old_rows as number[][]);
        const alphas = fresh.map((r) => r.map(() => fixed(c.inputs.alpha as number)));
        const result = mat_ema_alpha_sparse(sparse(fresh), sparse(old), alphas);
        expectClose(dense(result, fresh[0].length), c.asserted.rows as number[][], tolerance(c));
        return;
      }
      const fresh = toSparse(c.inputs.new_rows_sparse as Array<Array<[number, number]>>);
      const old = toSparse(c.inputs.old_rows_sparse as Array<Array<[number, number]>>);
      const columns = (c.inputs.n_cols as number | undefined) ?? 2;
      const alphas = c.inputs.alpha_rows
        ? (c.inputs.alpha_rows as number[][]).map((r) => r.map(fromFloat))
        : fresh.map(() => new Array(columns).fill(fromFloat(c.inputs.alpha as number)));
      const result = mat_ema_alpha_sparse(fresh, old, alphas);
      const want = toSparse(c.asserted.rows_sparse as Array<Array<[number, number]>>);
      expectClose(dense(result, columns), dense(want, columns), tolerance(c), fromFloat);
    },
  ],
  [
    'math.mat_ema_alpha.',
    (c) => {
      const fresh = fixedRows(c.inputs.new_rows as number[][]);
      const old = fixedRows(c.inputs.old_rows as number[][]);
      const alphas = fresh.map((r) => r.map(() => fixed(c.inputs.alpha as number)));
      const result = mat_ema_alpha_sparse(sparse(fresh), sparse(old), alphas);
      expectClose(dense(result, fresh[0].length), c.asserted.rows as number[][], tolerance(c));
    },
  ],
  [
    'math.bonds_moving_average_to_alpha',
    (c) => expect(bondsAlpha(BigInt(c.inputs.bonds_moving_average as number))).toBe(fromFloat(0.1)),
  ],
  [
    'epoch_math.test_liquid_alpha_equal_values_against_itself',
    (c) => {
      const weights = sparse(fixedRows(Object.values(c.inputs)[0] as number[][]));
      const bonds = sparse(fixedRows(c.inputs.bonds_rows_f32 as number[][]));
      const consensus = (c.inputs.consensus_f32 as number[]).map(fixed);
      const liquid = { alphaLow: 6553, alphaHigh: 6553, alphaSigmoidSteepness: 1000 };
      const on = dense(compute_bonds_sparse(weights, bonds, consensus, true, liquid, 900_000n), 3);
      const off = dense(compute_bonds_sparse(weights, bonds, consensus, false, liquid, 900_000n), 3);
      expectClose(on, off, 1e-3);
      expectClose(on, c.asserted['reference result (alpha=0.1 EMA)'] as number[][], 1e-3);
    },
  ],
];

describe('yuma math: public vectors', () => {
  for (const c of loadVectors().math_cases) {
    it(c.id, () => {
      const match = checks.find(([prefix]) => c.id.startsWith(prefix));
      expect(match, `no check for ${c.id}`).toBeDefined();
      match![1](c);
    });
  }
});
