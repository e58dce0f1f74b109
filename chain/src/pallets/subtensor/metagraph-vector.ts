/**
 * A subnet's stored per-uid vector (`Vec<bool>`, `Vec<u16>` or `Vec<u64>`, e.g. `Active`, `Incentive`,
 * `Emission`) re-encoded as the metagraph's (`Vec<bool>`, `Vec<Compact<u16>>`, `Vec<Compact<u64>>`) straight
 * from the stored bytes. Bytes that are not a well-formed vector fail with the codec's error.
 */
import { ChainError } from '../../frame/chain-error.js';
import { readCompact, ScaleReader } from '../../frame/scale/codec.js';
import type { StateReader } from '../../frame/state.js';
import type { StorageItem } from '../../frame/storage-item.js';
import type { MetagraphWriter } from './metagraph-writer.js';

/** How one entry is stored: a bool byte, a `u16` or a `u64`. */
export type StoredEntry = 'bool' | 'u16' | 'u64';

const WIDTH: Record<StoredEntry, number> = { bool: 1, u16: 2, u64: 8 };

/** A stored vector ready to be written. */
export interface StoredVector {
  /** Number of entries. */
  readonly length: number;
  /** Writes the metagraph's encoding of the vector. */
  write(w: MetagraphWriter): void;
}

/**
 * Reads `item(netuid)` (a `Vec` of `entry`) for writing into a metagraph.
 *
 * @example
 * const incentive = storedVector(state, S.Incentive, 1, 'u16');
 * incentive.write(writer);
 */
export function storedVector(
  state: StateReader,
  item: StorageItem<[number], readonly (boolean | number | bigint)[]>,
  netuid: number,
  entry: StoredEntry,
): StoredVector {
  const hex = state.get(item.key(netuid));
  const bytes = hex === null ? item.fallback : Buffer.from(hex.slice(2), 'hex');
  const wellFormed = layout(bytes, WIDTH[entry]);
  if (wellFormed === undefined) {
    item.get(state, netuid); // throws the codec's error
    throw new ChainError('CHAIN_SCALE_DECODE', `${item.name}(${netuid}) is not a Vec of ${entry}`);
  }
  const { offset, length } = wellFormed;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    length,
    write(w) {
      w.compact(length);
      if (entry === 'bool') w.bytes(view.subarray(offset));
      else if (entry === 'u16') for (let i = offset; i < view.length; i += 2) w.compact(view.readUInt16LE(i));
      else
        for (let i = offset; i < view.length; i += 8)
          w.compactU64(view.readUInt32LE(i + 4), view.readUInt32LE(i));
    },
  };
}

/** Offset of the first entry and the entry count, when `bytes` are exactly a vector of `width`-byte entries. */
function layout(bytes: Uint8Array, width: number): { offset: number; length: number } | undefined {
  const r = new ScaleReader(bytes);
  let length: number;
  try {
    length = Number(readCompact(r));
  } catch {
    return undefined;
  }
  if (r.remaining !== length * width) return undefined;
  if (width === 1 && bytes.subarray(r.offset).some((b) => b > 1)) return undefined;
  return { offset: r.offset, length };
}
