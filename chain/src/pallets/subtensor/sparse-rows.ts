/**
 * Fast paths for the epoch's largest storage values, `Weights` and `Bonds` rows (`Vec<(u16, u16)>`):
 * raw SCALE bytes to typed arrays and back, without the generic codec's per-tuple work. The bytes are
 * exactly what the declared storage type encodes (checked by the flow test reading them back through
 * @polkadot/api).
 *
 * Decoded rows are cached by storage key together with the exact stored hex they came from, and a
 * cached row is only used while the state still holds that same hex: a row is a pure function of its
 * bytes, so a hit gives what decoding would, whoever wrote the value (a call, `dev_setStorage`, a
 * rolled-back block or a restart). Returned rows are shared and must not be modified.
 */
import { endianness } from 'node:os';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import type { SparseRowU16 } from '../../yuma/index.js';

const EMPTY: SparseRowU16 = { uids: new Uint16Array(), values: new Uint16Array() };
const LITTLE_ENDIAN = endianness() === 'LE';

/** Decoded rows by storage key, with the hex they were decoded from. */
const decoded = new Map<string, { readonly hex: string; readonly row: SparseRowU16 }>();
/** Enough for every row of a few 4,096-uid subnets; the map is cleared when full. */
const CACHE_SIZE = 65_536;

function remember(key: string, hex: string, row: SparseRowU16): void {
  if (decoded.size >= CACHE_SIZE) decoded.clear();
  decoded.set(key, { hex, row });
}

function readCompact(b: Buffer): [number, number] {
  const mode = b[0] & 3;
  if (mode === 0) return [b[0] >> 2, 1];
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

/** The (uid, value) pairs of `len` entries starting at byte `off` of `b`. */
function decodePairs(b: Buffer, off: number, len: number): SparseRowU16 {
  const uids = new Uint16Array(len);
  const values = new Uint16Array(len);
  if (LITTLE_ENDIAN) {
    // One aligned copy, then the pairs are the even and odd u16 lanes.
    const pairs = new Uint16Array(2 * len);
    new Uint8Array(pairs.buffer).set(b.subarray(off, off + 4 * len));
    for (let k = 0; k < len; k++) {
      uids[k] = pairs[2 * k];
      values[k] = pairs[2 * k + 1];
    }
  } else {
    for (let k = 0, o = off; k < len; k++, o += 4) {
      uids[k] = b.readUInt16LE(o);
      values[k] = b.readUInt16LE(o + 2);
    }
  }
  return { uids, values };
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
  const cached = decoded.get(key);
  if (cached !== undefined && cached.hex === hex) return cached.row;
  const b = Buffer.from(hex.slice(2), 'hex');
  const [len, off] = readCompact(b);
  if (b.length < off + 4 * len) throw new Error('row shorter than its length prefix');
  const row = decodePairs(b, off, len);
  remember(key, hex, row);
  return row;
}

/**
 * Writes one row (an empty row is stored as `0x00`, as `insert(vec![])` does); a row equal to the
 * stored one is not written again. The row is kept as the decoded form of what was written, so it
 * must not be modified afterwards.
 *
 * @example
 * writeRow(state, Bonds.key(1, 0), row);
 */
export function writeRow(state: StateOverlay, key: string, row: SparseRowU16): void {
  const len = row.uids.length;
  if (len === 0) {
    if (state.get(key) !== '0x00') state.set(key, '0x00');
    return;
  }
  const head = compactBytes(len);
  const pairs = new Uint16Array(2 * len);
  for (let k = 0; k < len; k++) {
    pairs[2 * k] = row.uids[k];
    pairs[2 * k + 1] = row.values[k];
  }
  const body = Buffer.from(pairs.buffer);
  if (!LITTLE_ENDIAN) body.swap16();
  const hex = `0x${head.toString('hex')}${body.toString('hex')}`;
  if (state.get(key) !== hex) state.set(key, hex);
  remember(key, hex, row);
}
