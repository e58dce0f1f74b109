import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { div, fromU16, U16_MAX } from './fixed/i32f32.js';
import {
  mask_diag_sparse,
  mask_diag_sparse_except_index,
  mask_rows_sparse,
  type SparseMatrix,
  scalar_vec_mask_sparse_matrix,
  vec_mask_sparse_matrix,
} from './math/sparse-matrix.js';
import { MatrixBuilder } from './math/sparse-row.js';
import { readBonds, readWeights } from './read-matrices.js';
import type { SparseRowU16 } from './types.js';

const U64_MAX = (1n << 64n) - 1n;

/** subtensor's `get_weights_sparse` / `get_bonds_sparse`: rows 0..n as I32F32, optionally columns < n only. */
function readSparse(
  rows: readonly SparseRowU16[],
  n: number,
  dropOutOfRange: boolean,
  scale: (v: number) => number,
): SparseMatrix {
  const builder = new MatrixBuilder(rows.reduce((t, r) => t + r.uids.length, 0));
  return Array.from({ length: n }, (_, i) => {
    const row = rows[i];
    for (let k = 0; row !== undefined && k < row.uids.length; k++) {
      if (!(dropOutOfRange && row.uids[k]! >= n)) builder.push(row.uids[k]!, scale(row.values[k]!));
    }
    return builder.endRow();
  });
}

const plain = (m: SparseMatrix) => m.map((r) => [Array.from(r.idx), Array.from(r.val)]);

/** Block numbers, sometimes past 2^53 (the exact bigint path) or u64::MAX. */
const block = fc.oneof(
  { weight: 8, arbitrary: fc.bigInt({ min: 0n, max: 40n }) },
  { weight: 1, arbitrary: fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, U64_MAX) },
);

const case_ = fc.integer({ min: 1, max: 9 }).chain((n) => {
  const row = fc.array(fc.tuple(fc.integer({ min: 0, max: n + 2 }), fc.integer({ min: 0, max: 65535 })), {
    maxLength: n + 3,
  });
  const stored = row.map((e) => ({
    uids: Uint16Array.from(e, ([j]) => j),
    values: Uint16Array.from(e, ([, v]) => v),
  }));
  return fc.record({
    n: fc.constant(n),
    rows: fc.array(stored, { minLength: 0, maxLength: n + 1 }),
    forbidden: fc.array(fc.boolean(), { maxLength: n + 1 }),
    owner: fc.option(fc.integer({ min: 0, max: n }), { nil: null }),
    lastUpdate: fc.array(block, { maxLength: n + 1 }),
    blockAtRegistration: fc.array(block, { maxLength: n + 3 }),
    commitBlock: fc.option(fc.array(block, { minLength: n, maxLength: n }), { nil: undefined }),
    lastTempo: block,
  });
});

describe('readWeights / readBonds', () => {
  it('behavior: readWeights equals read → mask_rows → mask_diag → vec_mask (→ commit mask) one after another', () => {
    fc.assert(
      fc.property(case_, (c) => {
        let expected = readSparse(c.rows, c.n, true, fromU16 as (v: number) => number);
        expected = mask_rows_sparse(c.forbidden, expected);
        expected =
          c.owner !== null ? mask_diag_sparse_except_index(expected, c.owner) : mask_diag_sparse(expected);
        expected = vec_mask_sparse_matrix(expected, c.lastUpdate, c.blockAtRegistration, (u, r) => u <= r);
        if (c.commitBlock !== undefined)
          expected = vec_mask_sparse_matrix(expected, c.commitBlock, c.blockAtRegistration, (b, r) => b < r);
        const actual = readWeights(c.rows, c.n, {
          forbidden: c.forbidden,
          owner: c.owner,
          lastUpdate: c.lastUpdate,
          blockAtRegistration: c.blockAtRegistration,
          ...(c.commitBlock === undefined ? {} : { commitBlock: c.commitBlock }),
        });
        expect(plain(actual)).toEqual(plain(expected));
      }),
      { numRuns: 400 },
    );
  });

  it('behavior: readBonds equals read (u16 or proportion) → scalar_vec_mask', () => {
    fc.assert(
      fc.property(case_, fc.boolean(), (c, asProportion) => {
        const scale = asProportion
          ? (v: number) => div(fromU16(v), U16_MAX) as number
          : (fromU16 as (v: number) => number);
        const expected = scalar_vec_mask_sparse_matrix(
          readSparse(c.rows, c.n, false, scale),
          c.lastTempo,
          c.blockAtRegistration,
          (t, r) => t <= r,
        );
        const actual = readBonds(c.rows, c.n, c.lastTempo, c.blockAtRegistration, asProportion);
        expect(plain(actual)).toEqual(plain(expected));
      }),
      { numRuns: 400 },
    );
  });
});
