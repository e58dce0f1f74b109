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

/** A row from `[column, value]` pairs. */
export function rowFromEntries(entries: ReadonlyArray<readonly [number, I32F32]>): SparseRow {
  const b = new RowBuilder(entries.length);
  for (const [j, v] of entries) b.push(j, v);
  return b.build();
}

/** Builds a row of at most `capacity` entries. */
export class RowBuilder {
  private readonly idx: Int32Array;
  private readonly val: Float64Array;
  private size = 0;

  constructor(capacity: number) {
    this.idx = new Int32Array(capacity);
    this.val = new Float64Array(capacity);
  }

  /** Appends entry (j, v). */
  push(j: number, v: I32F32): void {
    this.idx[this.size] = j;
    this.val[this.size] = rowValue(v);
    this.size += 1;
  }

  /** The row built so far. */
  build(): SparseRow {
    if (this.size === 0) return emptyRow();
    return { idx: this.idx.subarray(0, this.size), val: this.val.subarray(0, this.size) };
  }
}
