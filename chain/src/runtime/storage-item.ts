import { hexToU8a, u8aToHex } from '@polkadot/util';
import { hashKeyPart, type StorageHasher, storagePrefix } from '../storage/index.js';
import { decode, encode } from './scale/codec.js';
import type { TypeDef } from './scale/type-def.js';
import type { StateOverlay, StateReader } from './state.js';

/** A storage hasher, as metadata names it. */
export type Hasher = StorageHasher;

/** The declaration of one storage item, as metadata sees it. */
export interface StorageItemDecl {
  readonly pallet: string;
  readonly name: string;
  readonly modifier: 'Default' | 'Optional';
  readonly hashers: readonly Hasher[];
  /** Key types, one per hasher (empty for a plain value). */
  readonly keys: readonly TypeDef[];
  readonly value: TypeDef;
  /** SCALE bytes returned for an absent key when `modifier` is `Default`. */
  readonly fallback: Uint8Array;
  readonly docs: readonly string[];
}

/** A typed handle on one storage item. */
export interface StorageItem<K extends unknown[], V> extends StorageItemDecl {
  key(...keys: K): string;
  /** The decoded value, the default when absent (`Default`), or `undefined` (`Optional`). */
  get(state: StateReader, ...keys: K): V;
  /** Writes a value; `undefined` removes the key. */
  set(state: StateOverlay, ...args: [...K, V | undefined]): void;
}

/** Options of `storageItem`. */
export interface StorageItemOptions<V> {
  pallet: string;
  name: string;
  value: TypeDef;
  keys?: { hasher: Hasher; type: TypeDef }[];
  /** The default value (makes the modifier `Default`); omit for `Optional`. */
  default?: V;
  docs?: string[];
}

/**
 * Declares a storage item addressed by real Substrate keys.
 *
 * @example
 * const Number = storageItem<[], number>({ pallet: 'System', name: 'Number', value: u32, default: 0 });
 * Number.set(state, 5); Number.get(state); // 5
 */
export function storageItem<K extends unknown[], V>(options: StorageItemOptions<V>): StorageItem<K, V> {
  const prefix = storagePrefix(options.pallet, options.name);
  const keys = options.keys ?? [];
  const hasDefault = 'default' in options && options.default !== undefined;
  const fallback = hasDefault ? encode(options.value, options.default) : new Uint8Array();
  // Hashing dominates key computation; recent keys of single-key maps are cached by their encoding.
  const cache = new Map<string, string>();
  const keyOf = (args: unknown[]): string => {
    if (keys.length === 0) return prefix;
    if (keys.length === 1) {
      const encoded = encode(keys[0]!.type, args[0]);
      const id = u8aToHex(encoded);
      let key = cache.get(id);
      if (key === undefined) {
        key = prefix + u8aToHex(hashKeyPart(keys[0]!.hasher, encoded)).slice(2);
        if (cache.size >= 10_000) cache.clear();
        cache.set(id, key);
      }
      return key;
    }
    let hex = prefix;
    keys.forEach((k, i) => {
      hex += u8aToHex(hashKeyPart(k.hasher, encode(k.type, args[i]))).slice(2);
    });
    return hex;
  };
  return {
    pallet: options.pallet,
    name: options.name,
    modifier: hasDefault ? 'Default' : 'Optional',
    hashers: keys.map((k) => k.hasher),
    keys: keys.map((k) => k.type),
    value: options.value,
    fallback,
    docs: options.docs ?? [],
    key: (...args: K) => keyOf(args),
    get(state: StateReader, ...args: K): V {
      const raw = state.get(keyOf(args));
      if (raw === null) return (hasDefault ? decode(options.value, fallback) : undefined) as V;
      return decode<V>(options.value, hexToU8a(raw));
    },
    set(state: StateOverlay, ...args: [...K, V | undefined]): void {
      const value = args[args.length - 1] as V | undefined;
      const key = keyOf(args.slice(0, -1));
      state.set(key, value === undefined ? null : u8aToHex(encode(options.value, value)));
    },
  };
}
