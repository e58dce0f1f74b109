import { blake2b } from '@noble/hashes/blake2b';
import { compactToU8a, u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { SdkError } from '../errors/sdk-error.js';

/**
 * Parameters of {@link generateWeightHash}.
 *
 * @example
 * const hash = generateWeightHash({ hotkey, netuid: 1, uids, values, salt, versionKey: 1n } satisfies GenerateWeightHashParameters);
 */
export type GenerateWeightHashParameters = {
  /** The committing hotkey: SS58 address or 32-byte public key. */
  hotkey: string | Uint8Array;
  netuid: number;
  /** Mechanism id; the hashed index is `mechid * 4096 + netuid`. @defaultValue 0 */
  mechid?: number;
  /** u16 uids, as emitted. */
  uids: ArrayLike<number>;
  /** u16 weights, as emitted. */
  values: ArrayLike<number>;
  /** u16 salt words. */
  salt: ArrayLike<number>;
  versionKey: bigint | number;
};

/**
 * The commit hash of commit-reveal weights, as Bittensor's `generate_weight_hash` and the pallet compute it:
 * `blake2b-256(pubkey ‖ u16le(mechid·4096 + netuid) ‖ Vec<u16>(uids) ‖ Vec<u16>(values) ‖ Vec<u16>(salt) ‖ u64le(versionKey))`
 * with SCALE compact length prefixes, as `0x` hex.
 *
 * @example
 * const hash = generateWeightHash({ hotkey: signer.address, netuid: 1, uids: [0, 1], values: [65535, 32768], salt: [1, 2, 3], versionKey: 0n });
 */
export function generateWeightHash(parameters: GenerateWeightHashParameters): `0x${string}` {
  // decodeAddress returns a byte array as it is, so the length check below covers both forms.
  const publicKey = decodeAddress(parameters.hotkey);
  if (publicKey.length !== 32) throw new SdkError('SDK_INVALID_KEY', 'Expected a 32-byte hotkey public key.');
  if (parameters.uids.length !== parameters.values.length) {
    throw new SdkError('SDK_WEIGHTS_INVALID', 'uids and values differ in length.');
  }
  const index = (parameters.mechid ?? 0) * 4096 + parameters.netuid;
  const versionKey = BigInt(parameters.versionKey);
  if (versionKey < 0n || versionKey >= 1n << 64n)
    throw new SdkError('SDK_WEIGHTS_INVALID', 'versionKey is not a u64.');
  const parts = [
    publicKey,
    u16le([index]),
    vecU16(parameters.uids),
    vecU16(parameters.values),
    vecU16(parameters.salt),
  ];
  const version = new Uint8Array(8);
  new DataView(version.buffer).setBigUint64(0, versionKey, true);
  parts.push(version);
  const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return u8aToHex(blake2b(data, { dkLen: 32 })) as `0x${string}`;
}

function vecU16(values: ArrayLike<number>): Uint8Array {
  const length = compactToU8a(values.length);
  const body = u16le(values);
  const out = new Uint8Array(length.length + body.length);
  out.set(length, 0);
  out.set(body, length.length);
  return out;
}

function u16le(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v) || v < 0 || v > 65535)
      throw new SdkError('SDK_WEIGHTS_INVALID', `${v} is not a u16.`);
    view.setUint16(i * 2, v, true);
  }
  return out;
}
