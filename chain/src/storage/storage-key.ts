/**
 * Substrate storage keys: `twox128(prefix) ++ twox128(item) ++ hasher_1(SCALE(k_1)) ++ …`.
 */
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';
import { bytesToHex } from './hex.js';
import type { HexString, StorageKey } from './types.js';

/**
 * The storage hashers of metadata V14, by their metadata names.
 *
 * @example
 * const hasher: StorageHasher = 'Blake2_128Concat'; // System.Account
 */
export type StorageHasher =
  | 'Blake2_128'
  | 'Blake2_256'
  | 'Blake2_128Concat'
  | 'Twox128'
  | 'Twox256'
  | 'Twox64Concat'
  | 'Identity';

const textEncoder = new TextEncoder();
const prefixCache = new Map<string, HexString>();

/**
 * `twox128(pallet) ++ twox128(item)`: the key of a plain storage value, and the iteration prefix
 * of a map. Cached.
 *
 * @example
 * storagePrefix('System', 'Number'); // '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac'
 */
export function storagePrefix(pallet: string, item: string): HexString {
  const id = `${pallet}\u0000${item}`;
  let prefix = prefixCache.get(id);
  if (prefix === undefined) {
    prefix = `${bytesToHex(xxhashAsU8a(textEncoder.encode(pallet), 128))}${bytesToHex(
      xxhashAsU8a(textEncoder.encode(item), 128),
    ).slice(2)}` as HexString;
    prefixCache.set(id, prefix);
  }
  return prefix;
}

/**
 * One hashed key part: `hasher(encoded)` where `encoded` is the SCALE encoding of the key.
 *
 * @example
 * hashKeyPart('Identity', new Uint8Array([1, 0])); // Uint8Array [1, 0]
 * hashKeyPart('Twox64Concat', u16le(1)); // xxh64(…) ++ 0x0100
 */
export function hashKeyPart(hasher: StorageHasher, encoded: Uint8Array): Uint8Array {
  switch (hasher) {
    case 'Identity':
      return encoded;
    case 'Twox64Concat':
      return concat(xxhashAsU8a(encoded, 64), encoded);
    case 'Blake2_128Concat':
      return concat(blake2AsU8a(encoded, 128), encoded);
    case 'Twox128':
      return xxhashAsU8a(encoded, 128);
    case 'Twox256':
      return xxhashAsU8a(encoded, 256);
    case 'Blake2_128':
      return blake2AsU8a(encoded, 128);
    case 'Blake2_256':
      return blake2AsU8a(encoded, 256);
  }
}

/**
 * A full storage key from the pallet prefix, item name and `[hasher, SCALE-encoded key]` parts
 * (fewer parts than the map has give an iteration prefix).
 *
 * @example
 * storageKey('System', 'Account', ['Blake2_128Concat', accountId]); // System.Account(accountId)
 * storageKey('SubtensorModule', 'Weights', ['Identity', u16le(1)]); // prefix of Weights(1, *)
 */
export function storageKey(
  pallet: string,
  item: string,
  ...parts: readonly (readonly [StorageHasher, Uint8Array])[]
): StorageKey {
  let key: string = storagePrefix(pallet, item);
  for (const [hasher, encoded] of parts) key += bytesToHex(hashKeyPart(hasher, encoded)).slice(2);
  return key as StorageKey;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
