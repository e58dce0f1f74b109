/**
 * The sparse row of the epoch's matrices: parallel typed arrays of column uids and I32F32 bits, in
 * storage order (as Rust's `Vec<(u16, I32F32)>`). Matrix entries are shares, weights and bonds, far
 * inside the exact number range, so the bits live unboxed in a Float64Array.
 */
import { type I32F32, rowValue } from '../fixed/i32f32.js';

/** One sparse row: `idx[k]` is the column of `val[k]`. */
export interface SparseRow {
  readonly idx: Int32Array;
  readonly val: Float64Array;
}

/** A sparse matrix: one row per uid. */
export type SparseMatrix = SparseRow[];

const EMPTY_IDX = new Int32Array(0);
const EMPTY_VAL = new Float64Array(0);

/** An empty row. */
export function emptyRow(): SparseRow {
  return { idx: EMPTY_IDX, val: EMPTY_VAL };
}

/** A copy of a row that the caller owns. */
export function copyRow(row: SparseRow): SparseRow {
  return { idx: row.idx.slice(), val: row.val.slice() };
}

/** The number of entries of a matrix. */
export function entryCount(m: SparseMatrix): number {
  let total = 0;
  for (const row of m) total += row.idx.length;
  return total;
}

/** A row from `[column, value]` pairs. */
export function rowFromEntries(entries: ReadonlyArray<readonly [number, I32F32]>): SparseRow {
  const b = new MatrixBuilder(entries.length);
  for (const [j, v] of entries) b.push(j, v);
  return b.endRow();
}

/**
 * Builds the rows of a matrix one after another into two shared typed buffers of at most `capacity`
 * entries; each row is a view of its own range, so building a matrix costs two allocations.
 */
export class MatrixBuilder {
  private readonly idx: Int32Array;
  private readonly val: Float64Array;
  private size = 0;
  private start = 0;

  constructor(private readonly capacity: number) {
    this.idx = new Int32Array(capacity);
    this.val = new Float64Array(capacity);
  }

  /** Appends entry (j, v) to the current row. */
  push(j: number, v: I32F32): void {
    if (this.size === this.capacity)
      throw new RangeError(`MatrixBuilder: more than ${this.capacity} entries`);
    this.idx[this.size] = j;
    this.val[this.size] = rowValue(v);
    this.size += 1;
  }

  /** Closes the current row and returns it; the next push starts a new row. */
  endRow(): SparseRow {
    const row: SparseRow =
      // An empty subarray and the shared empty row are the same row (the `false` variant).
      // Stryker disable next-line ConditionalExpression: equivalent, see above
      this.size === this.start
        ? emptyRow()
        : { idx: this.idx.subarray(this.start, this.size), val: this.val.subarray(this.start, this.size) };
    this.start = this.size;
    return row;
  }
}
