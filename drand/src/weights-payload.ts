import { compactFromU8aLim, compactToU8a, u8aConcat } from '@polkadot/util';
import { DrandError } from './drand-error.js';

/**
 * What a CR-v4 commit encrypts: subtensor's and bittensor-drand's `WeightsTlockPayload { hotkey: Vec<u8>, uids:
 * Vec<u16>, values: Vec<u16>, version_key: u64 }`. `hotkey` is the committer's 32-byte public key; the chain drops
 * a reveal whose payload names another hotkey.
 */
export type WeightsPayload = {
  readonly hotkey: Uint8Array;
  readonly uids: readonly number[];
  readonly values: readonly number[];
  readonly versionKey: bigint;
};

function u16s(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  const view = new DataView(out.buffer);
  values.forEach((value, i) => {
    if (!Number.isInteger(value) || value < 0 || value > 0xffff) {
      throw new DrandError('DRAND_INVALID_PAYLOAD', `Weight uid or value ${value} is not a u16.`);
    }
    view.setUint16(i * 2, value, true);
  });
  return u8aConcat(compactToU8a(values.length), out);
}

/**
 * The SCALE encoding of a `WeightsTlockPayload`.
 *
 * @throws {DrandError} `DRAND_INVALID_PAYLOAD` when a uid or value is not a u16 or the version key not a u64.
 * @example
 * encodeWeightsPayload({ hotkey, uids: [0, 1], values: [65535, 1000], versionKey: 0n });
 */
export function encodeWeightsPayload(payload: WeightsPayload): Uint8Array {
  if (payload.versionKey < 0n || payload.versionKey >= 1n << 64n) {
    throw new DrandError('DRAND_INVALID_PAYLOAD', `Version key ${payload.versionKey} is not a u64.`);
  }
  const versionKey = new Uint8Array(8);
  new DataView(versionKey.buffer).setBigUint64(0, payload.versionKey, true);
  return u8aConcat(
    compactToU8a(payload.hotkey.length),
    payload.hotkey,
    u16s(payload.uids),
    u16s(payload.values),
    versionKey,
  );
}

/** Reads SCALE values off a byte string; every read is `undefined` past the end. */
class ScaleReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  length(): number | undefined {
    if (this.offset >= this.bytes.length) return undefined;
    try {
      const [read, value] = compactFromU8aLim(this.bytes.subarray(this.offset));
      this.offset += read;
      return value;
    } catch {
      return undefined;
    }
  }

  take(count: number): Uint8Array | undefined {
    if (this.offset + count > this.bytes.length) return undefined;
    const out = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return out;
  }

  u16s(): number[] | undefined {
    const count = this.length();
    const bytes = count === undefined ? undefined : this.take(count * 2);
    if (bytes === undefined) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    return Array.from({ length: bytes.length / 2 }, (_, i) => view.getUint16(i * 2, true));
  }
}

/**
 * Decodes a `WeightsTlockPayload`, or `undefined` when the bytes are not one. Like SCALE's `Decode`, bytes after
 * the version key are ignored.
 *
 * @example
 * decodeWeightsPayload(encodeWeightsPayload(payload)); // payload
 */
export function decodeWeightsPayload(bytes: Uint8Array): WeightsPayload | undefined {
  const reader = new ScaleReader(bytes);
  const hotkeyLength = reader.length();
  const hotkey = hotkeyLength === undefined ? undefined : reader.take(hotkeyLength);
  const uids = reader.u16s();
  const values = reader.u16s();
  const versionKey = reader.take(8);
  if (!hotkey || !uids || !values || !versionKey) return undefined;
  return {
    hotkey: hotkey.slice(),
    uids,
    values,
    versionKey: new DataView(versionKey.buffer, versionKey.byteOffset, 8).getBigUint64(0, true),
  };
}
