import type { SparseRows } from './metagraph.js';
import { ScaleReader } from './scale-reader.js';

const EMPTY_ROW = { uids: new Uint16Array(0), values: new Uint16Array(0) };

/**
 * Decodes one stored `Vec<(u16, u16)>` row (`Weights` or `Bonds`, SCALE as in storage; `null` when the key is
 * absent) into parallel `uids` / `values` arrays.
 *
 * @example
 * decodeSparseRow(Uint8Array.from([4, 1, 0, 255, 255])); // { uids: [1], values: [65535] }
 */
export function decodeSparseRow(bytes: Uint8Array | null): SparseRows[number] {
  if (bytes === null || bytes.length === 0) return EMPTY_ROW;
  const reader = new ScaleReader(bytes);
  const length = reader.compactNumber();
  const uids = new Uint16Array(length);
  const values = new Uint16Array(length);
  for (let k = 0; k < length; k++) {
    uids[k] = reader.u16();
    values[k] = reader.u16();
  }
  return { uids, values };
}
