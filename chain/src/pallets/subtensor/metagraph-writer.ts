/**
 * A SCALE writer over one pre-sized buffer, for the metagraph's large answer: compacts of plain numbers
 * without BigInt, `u64` values read straight from storage hex, byte strings copied from hex natively.
 */

const TWO_POW_32 = 2 ** 32;
/** Above this high word a `u64` no longer fits a double exactly. */
const SAFE_HIGH_WORD = 2 ** 21;

/**
 * Writes SCALE into a buffer of a size given up front (the caller's upper bound; writing past it throws).
 *
 * @example
 * const w = new MetagraphWriter(16);
 * w.compact(1_000); w.hex('0x0102');
 * w.result(); // Uint8Array [161, 15, 1, 2]
 */
export class MetagraphWriter {
  readonly #buf: Buffer;
  #pos = 0;
  readonly #scratch = Buffer.alloc(8);

  constructor(capacity: number) {
    this.#buf = Buffer.allocUnsafe(capacity);
  }

  /** One byte. */
  byte(b: number): void {
    this.#room(1);
    this.#buf[this.#pos++] = b;
  }

  /** Raw bytes. */
  bytes(bytes: Uint8Array): void {
    this.#room(bytes.length);
    this.#buf.set(bytes, this.#pos);
    this.#pos += bytes.length;
  }

  /** The bytes of `0x` hex, copied as they are. */
  hex(hex: string): void {
    const n = (hex.length - 2) >>> 1;
    this.#room(n);
    this.#pos += this.#buf.write(hex.slice(2), this.#pos, n, 'hex');
  }

  /** `Compact<n>` of a non-negative safe integer. */
  compact(n: number): void {
    this.#room(9);
    const buf = this.#buf;
    if (n < 64) buf[this.#pos++] = n * 4;
    else if (n < 16_384) {
      buf.writeUInt16LE(n * 4 + 1, this.#pos);
      this.#pos += 2;
    } else if (n < 1_073_741_824) {
      buf.writeUInt32LE(n * 4 + 2, this.#pos);
      this.#pos += 4;
    } else {
      const start = this.#pos++;
      for (let v = n; v > 0; v = Math.floor(v / 256)) buf[this.#pos++] = v % 256;
      buf[start] = ((this.#pos - start - 5) << 2) | 3;
    }
  }

  /** `Compact<n>` of a non-negative bigint. */
  compactBig(n: bigint): void {
    if (n <= BigInt(Number.MAX_SAFE_INTEGER)) {
      this.compact(Number(n));
      return;
    }
    this.#room(17);
    const buf = this.#buf;
    const start = this.#pos++;
    for (let v = n; v > 0n; v >>= 8n) buf[this.#pos++] = Number(v & 0xffn);
    buf[start] = ((this.#pos - start - 5) << 2) | 3;
  }

  /** `Compact<u64>` of `high × 2^32 + low`; returns the value (a number when it is a safe integer). */
  compactU64(high: number, low: number): number | bigint {
    if (high < SAFE_HIGH_WORD) {
      const value = high * TWO_POW_32 + low;
      this.compact(value);
      return value;
    }
    const value = (BigInt(high) << 32n) | BigInt(low);
    this.compactBig(value);
    return value;
  }

  /** `Compact<u64>` of the little-endian `u64` in 18-character `0x` hex; returns the value. */
  compactU64Hex(hex: string): number | bigint {
    const scratch = this.#scratch;
    scratch.write(hex.slice(2), 0, 8, 'hex');
    return this.compactU64(scratch.readUInt32LE(4), scratch.readUInt32LE(0));
  }

  /** The bytes written so far (a view of the buffer). */
  result(): Uint8Array {
    return this.#buf.subarray(0, this.#pos);
  }

  #room(n: number): void {
    if (this.#pos + n > this.#buf.length) {
      throw new RangeError(`MetagraphWriter: ${n} more bytes exceed the capacity ${this.#buf.length}`);
    }
  }
}
