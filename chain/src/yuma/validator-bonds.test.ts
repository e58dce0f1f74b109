import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inplace_col_normalize_sparse,
  mat_vec_mul_sparse,
  row_sum_sparse,
  type SparseMatrix,
} from './math/sparse-matrix.js';
import { copyRow, rowFromEntries } from './math/sparse-row.js';
import { totalBondsPerValidator } from './validator-bonds.js';

/** I32F32 bits of shares and bonds: 0..1, sometimes exactly 0 or 1, sometimes tiny. */
const share = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 32 }),
  fc.constantFrom(0, 1, 2 ** 32),
  fc.integer({ min: 0, max: 2 ** 12 }),
);

const case_ = fc.integer({ min: 1, max: 10 }).chain((columns) =>
  fc.record({
    columns: fc.constant(columns),
    bonds: fc.array(
      fc
        .uniqueArray(fc.tuple(fc.integer({ min: 0, max: columns + 1 }), share), { selector: ([j]) => j })
        .map((e) => rowFromEntries(e.sort((a, b) => a[0] - b[0]))),
      { maxLength: columns + 2 },
    ),
    incentive: fc.array(share, { maxLength: columns + 1 }),
  }),
);

describe('totalBondsPerValidator', () => {
  it('behavior: equals row_sum_sparse(mat_vec_mul_sparse(col-normalized bonds, incentive))', () => {
    fc.assert(
      fc.property(case_, ({ columns, bonds, incentive }) => {
        const normalized: SparseMatrix = bonds.map(copyRow);
        inplace_col_normalize_sparse(normalized, columns);
        const expected = row_sum_sparse(mat_vec_mul_sparse(normalized, incentive));
        expect(totalBondsPerValidator(bonds, incentive, columns)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
