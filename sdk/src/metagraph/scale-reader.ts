import { compactFromU8aLim, u8aToBigInt } from '@polkadot/util';
import { SdkError } from '../errors/sdk-error.js';

/** Compact-encoded values that fit in 48 bits take at most 7 bytes (`compactFromU8aLim`'s range). */
const MAX_LIM_COMPACT_BYTES = 7;

/**
 * A cursor over SCALE bytes that reads the primitives a fixed struct layout needs (compacts, bools, fixed-width
 * little-endian integers, 32-byte account ids), using `@polkadot/util`'s compact helpers. It knows no types: the
 * caller walks its struct's fields in order. Reading past the end throws `SDK_METAGRAPH_MALFORMED`.
 *
 * @example
 * const reader = new ScaleReader(bytes);
 * const netuid = reader.compactNumber();
 * const hotkey = reader.bytes(32);
 */
export class ScaleReader {
  private readonly input: Uint8Array;
  private readonly view: DataView;
  private position = 0;

  constructor(input: Uint8Array) {
    this.input = input;
    this.view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  }

  /** Bytes not read yet. */
  get remaining(): number {
    return this.input.length - this.position;
  }

  /** A compact integer as a number (exact up to 2^53; wider values are rounded). */
  compactNumber(): number {
    const length = this.compactLength();
    if (length > MAX_LIM_COMPACT_BYTES) return Number(this.compactBigInt());
    const [, value] = compactFromU8aLim(this.input.subarray(this.position, this.position + length));
    this.advance(length);
    return value;
  }

  /** A compact integer as a bigint (any width up to u128). */
  compactBigInt(): bigint {
    const length = this.compactLength();
    if (length <= MAX_LIM_COMPACT_BYTES) return BigInt(this.compactNumber());
    const value = u8aToBigInt(this.input.subarray(this.position + 1, this.position + length), { isLe: true });
    this.advance(length);
    return value;
  }

  /** A `bool` (one byte, 0 or 1). */
  bool(): boolean {
    const byte = this.u8();
    if (byte > 1) throw malformed(`invalid bool byte ${byte} at offset ${this.position - 1}`);
    return byte === 1;
  }

  /** A `u8`. */
  u8(): number {
    this.need(1);
    return this.input[this.position++];
  }

  /** A little-endian `u16`. */
  u16(): number {
    this.need(2);
    const value = this.view.getUint16(this.position, true);
    this.advance(2);
    return value;
  }

  /** A little-endian `u32`. */
  u32(): number {
    this.need(4);
    const value = this.view.getUint32(this.position, true);
    this.advance(4);
    return value;
  }

  /** A little-endian `u64` as a bigint. */
  u64(): bigint {
    this.need(8);
    const value = this.view.getBigUint64(this.position, true);
    this.advance(8);
    return value;
  }

  /** `length` raw bytes (a view into the input, not a copy). */
  bytes(length: number): Uint8Array {
    this.need(length);
    const value = this.input.subarray(this.position, this.position + length);
    this.advance(length);
    return value;
  }

  /** Skips `length` bytes. */
  skip(length: number): void {
    this.need(length);
    this.advance(length);
  }

  /** The byte length of the compact at the cursor, checked against the input. */
  private compactLength(): number {
    this.need(1);
    const first = this.input[this.position];
    const mode = first & 0b11;
    const length = mode === 0b11 ? (first >>> 2) + 5 : 1 << mode;
    this.need(length);
    return length;
  }

  private advance(length: number): void {
    this.position += length;
  }

  private need(length: number): void {
    if (this.position + length > this.input.length) {
      throw malformed(`needs ${length} byte(s) at offset ${this.position} of ${this.input.length}`);
    }
  }
}

function malformed(details: string): SdkError {
  return new SdkError('SDK_METAGRAPH_MALFORMED', 'The metagraph bytes do not match the expected layout.', {
    details,
  });
}
