/**
 * Walks the keys of a storage map under a prefix (`iter_prefix` / `iter_keys`): the item's prefix, then
 * the first keys' hashed parts; what follows each key is returned as raw bytes for the caller to read
 * (with `Blake2_128Concat` the 16-byte hash comes first, then the encoded key).
 */
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { encode } from '../../frame/scale/codec.js';
import type { StateReader } from '../../frame/state.js';
import type { StorageItemDecl } from '../../frame/storage-item.js';
import { hashKeyPart, storagePrefix } from '../../storage/index.js';

const PAGE = 1000;

/**
 * The key suffixes (bytes after the prefix) of every entry of `item` whose first keys are `first`, in key order.
 *
 * @example
 * mapKeySuffixes(state, Delegates) // each: 16-byte hash ++ hotkey
 */
export function mapKeySuffixes(state: StateReader, item: StorageItemDecl, ...first: unknown[]): Uint8Array[] {
  let prefix = storagePrefix(item.pallet, item.name);
  first.forEach((arg, i) => {
    const hasher = item.hashers[i];
    const type = item.keys[i];
    if (hasher === undefined || type === undefined) throw new Error(`${item.name} has no key ${i}`);
    prefix += u8aToHex(hashKeyPart(hasher, encode(type, arg))).slice(2);
  });
  const out: Uint8Array[] = [];
  let last: string | undefined;
  for (;;) {
    const page = state.getKeysPaged(prefix, PAGE, last);
    for (const key of page) out.push(hexToU8a(`0x${key.slice(prefix.length)}`));
    if (page.length < PAGE) return out;
    last = page[page.length - 1];
  }
}

/** The account id at `offset` of a key suffix. @example accountAt(suffix, 16) */
export function accountAt(suffix: Uint8Array, offset: number): Uint8Array {
  return suffix.slice(offset, offset + 32);
}

/** The little-endian u16 (a netuid) at `offset`. @example u16At(suffix, 48) */
export function u16At(suffix: Uint8Array, offset: number): number {
  return (suffix[offset] ?? 0) | ((suffix[offset + 1] ?? 0) << 8);
}
