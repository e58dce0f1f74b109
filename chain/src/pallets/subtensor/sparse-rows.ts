/**
 * Fast paths for the epoch's largest storage values, `Weights` and `Bonds` rows (`Vec<(u16, u16)>`):
 * raw SCALE bytes to typed arrays and back, without the generic codec's per-tuple work. The bytes are
 * exactly what the declared storage type encodes (checked by the flow test reading them back through
 * @polkadot/api).
 */
import type { StateOverlay, StateReader } from '../../runtime/state.js';
import type { SparseRowU16 } from '../../yuma/index.js';

const EMPTY: SparseRowU16 = { uids: new Uint16Array(), values: new Uint16Array() };

function readCompact(b: Buffer): [number, number] {
  const mode = b[0]! & 3;
  if (mode === 0) return [b[0]! >> 2, 1];
  if (mode === 1) return [b.readUInt16LE(0) >> 2, 2];
  if (mode === 2) return [b.readUInt32LE(0) >>> 2, 4];
  throw new Error('row too long');
}

function compactBytes(n: number): Buffer {
  if (n < 64) return Buffer.from([n << 2]);
  if (n < 1 << 14) {
    const b = Buffer.alloc(2);
    b.writeUInt16LE((n << 2) | 1);
    return b;
  }
  const b = Buffer.alloc(4);
  b.writeUInt32LE(((n << 2) | 2) >>> 0);
  return b;
}

/**
 * Reads one stored row as typed arrays (empty when absent).
 *
 * @example
 * const row = readRow(state, Weights.key(1, 0));
 */
export function readRow(state: StateReader, key: string): SparseRowU16 {
  const hex = state.get(key);
  if (hex === null || hex.length <= 4) return EMPTY;
  const b = Buffer.from(hex.slice(2), 'hex');
  const [len, off] = readCompact(b);
  const uids = new Uint16Array(len);
  const values = new Uint16Array(len);
  for (let k = 0, o = off; k < len; k++, o += 4) {
    uids[k] = b.readUInt16LE(o);
    values[k] = b.readUInt16LE(o + 2);
  }
  return { uids, values };
}

/**
 * Writes one row (an empty row is stored as `0x00`, as `insert(vec![])` does).
 *
 * @example
 * writeRow(state, Bonds.key(1, 0), row);
 */
export function writeRow(state: StateOverlay, key: string, row: SparseRowU16): void {
  const len = row.uids.length;
  const head = compactBytes(len);
  const b = Buffer.alloc(head.length + 4 * len);
  head.copy(b);
  for (let k = 0, o = head.length; k < len; k++, o += 4) {
    b.writeUInt16LE(row.uids[k]!, o);
    b.writeUInt16LE(row.values[k]!, o + 2);
  }
  state.set(key, `0x${b.toString('hex')}`);
}
