/**
 * The epoch's first steps on the stored `Weights` and `Bonds` rows, each done in one pass: reading the
 * u16 entries as I32F32 and applying the masks subtensor applies one after another
 * (`get_weights_sparse`, `mask_rows_sparse`, `mask_diag_sparse[_except_index]`, `vec_mask_sparse_matrix`,
 * `get_bonds_sparse[_fixed_proportion]`, `scalar_vec_mask_sparse_matrix`). The masks only drop entries,
 * so one pass that keeps an entry when every mask keeps it gives the same matrix as the chain of
 * helpers (the epoch tests compare both).
 */
import { div, fromU16, type I32F32, U16_MAX } from './fixed/i32f32.js';
import { MatrixBuilder, type SparseMatrix } from './math/sparse-row.js';
import type { SparseRowU16 } from './types.js';

const SAFE = 2 ** 53;

/**
 * Block numbers as numbers when every one is below 2^53 (always, for real blocks), else null. Against
 * such a vector, `Number(a) <= b[j]` equals `a <= b[j]` for any u64 `a`: below 2^53 the conversion is
 * exact, and at or above it `Number(a)` is still ≥ 2^53 > b[j].
 */
function blocksAsNumbers(blocks: readonly bigint[]): Float64Array | null {
  const out = new Float64Array(blocks.length);
  for (let j = 0; j < blocks.length; j++) {
    const b = blocks[j];
    if (b >= SAFE) return null;
    out[j] = Number(b);
  }
  return out;
}

/** u16 → I32F32 (`u16_to_fixed`) and u16 → I32F32 proportion (`u16_proportion_to_fixed`), tabulated. */
const AS_FIXED = Float64Array.from({ length: 65_536 }, (_, v) => fromU16(v) as number);
const AS_PROPORTION = Float64Array.from({ length: 65_536 }, (_, v) => div(fromU16(v), U16_MAX) as number);

function capacity(rows: readonly SparseRowU16[], n: number): number {
  let total = 0;
  for (let i = 0; i < n && i < rows.length; i++) total += rows[i].uids.length;
  return total;
}

/** What {@link readWeights} masks, by subtensor's names. */
export interface WeightMasks {
  /** `validator_forbids`: rows to empty (a missing entry empties the row too). */
  readonly forbidden: readonly boolean[];
  /** The owner uid, whose self-weight is kept (`mask_diag_sparse_except_index`); null drops every diagonal. */
  readonly owner: number | null;
  /** `LastUpdate` per row: entries toward uids registered at or after it are dropped. */
  readonly lastUpdate: readonly bigint[];
  /** `BlockAtRegistration` per column (missing entries read as 0). */
  readonly blockAtRegistration: readonly bigint[];
  /** Commit-reveal: the commit block per row; entries toward uids registered after it are dropped. */
  readonly commitBlock?: readonly bigint[];
}

/**
 * The masked weight matrix of rows 0..n, columns < n: `get_weights_sparse` → `mask_rows_sparse` →
 * diagonal mask → outdated-weights mask → (commit-reveal mask), as I32F32 bits.
 *
 * @example
 * const w = readWeights(state.weights, n, { forbidden, owner, lastUpdate, blockAtRegistration });
 */
export function readWeights(rows: readonly SparseRowU16[], n: number, masks: WeightMasks): SparseMatrix {
  const { forbidden, owner, lastUpdate, blockAtRegistration: reg, commitBlock } = masks;
  const regNumbers = blocksAsNumbers(reg);
  const builder = new MatrixBuilder(capacity(rows, n));
  const out: SparseMatrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const stored = rows[i];
    if (stored !== undefined && !(i >= forbidden.length || forbidden[i])) {
      const updated = i < lastUpdate.length ? lastUpdate[i] : 0n;
      const committed = commitBlock === undefined ? undefined : i < commitBlock.length ? commitBlock[i] : 0n;
      const keepDiagonal = i === owner;
      const { uids, values } = stored;
      if (regNumbers !== null) {
        const u = Number(updated);
        const c = committed === undefined ? Number.POSITIVE_INFINITY : Number(committed);
        for (let k = 0; k < uids.length; k++) {
          const j = uids[k];
          if (j >= n || (j === i && !keepDiagonal)) continue;
          const r = j < regNumbers.length ? regNumbers[j] : 0;
          if (u <= r || c < r) continue;
          builder.push(j, AS_FIXED[values[k]]);
        }
      } else {
        for (let k = 0; k < uids.length; k++) {
          const j = uids[k];
          if (j >= n || (j === i && !keepDiagonal)) continue;
          const r = j < reg.length ? reg[j] : 0n;
          if (updated <= r || (committed !== undefined && committed < r)) continue;
          builder.push(j, AS_FIXED[values[k]]);
        }
      }
    }
    out[i] = builder.endRow();
  }
  return out;
}

/**
 * The bond matrix of rows 0..n (all columns), without bonds toward uids registered at or after
 * `lastTempo` (`scalar_vec_mask_sparse_matrix`), as u16 values (`get_bonds_sparse`) or, for Yuma3,
 * as proportions of 65535 (`get_bonds_sparse_fixed_proportion`).
 *
 * @example
 * const b = readBonds(state.bonds, n, lastTempo, state.blockAtRegistration, true);
 */
export function readBonds(
  rows: readonly SparseRowU16[],
  n: number,
  lastTempo: bigint,
  blockAtRegistration: readonly bigint[],
  asProportion: boolean,
): SparseMatrix {
  const table = asProportion ? AS_PROPORTION : AS_FIXED;
  const reg = blockAtRegistration;
  // Whether column j survives: its uid registered before lastTempo (missing entries read as 0).
  const keepMissing = !(lastTempo <= 0n);
  const keep = new Uint8Array(reg.length);
  for (let j = 0; j < reg.length; j++) keep[j] = lastTempo <= reg[j] ? 0 : 1;
  const builder = new MatrixBuilder(capacity(rows, n));
  const out: SparseMatrix = new Array(n);
  for (let i = 0; i < n; i++) {
    const stored = rows[i];
    if (stored !== undefined) {
      const { uids, values } = stored;
      for (let k = 0; k < uids.length; k++) {
        const j = uids[k];
        if (j < keep.length ? keep[j] === 1 : keepMissing) builder.push(j, table[values[k]] as I32F32);
      }
    }
    out[i] = builder.endRow();
  }
  return out;
}
