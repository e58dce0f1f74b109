import { hexToU8a, u8aToHex } from '@polkadot/util';
import { bytesToHex, hashKeyPart, type StorageHasher, storagePrefix } from '../storage/index.js';
import { decode, encode } from './scale/codec.js';
import type { TypeDef } from './scale/type-def.js';
import type { StateOverlay, StateReader } from './state.js';

/** Keys cached per item: a 4,096-uid subnet's per-hotkey items on its netuid and the root. */
const KEY_CACHE_SIZE = 32_768;

/**
 * A function giving each key argument of type `def` a string that differs whenever the argument's
 * encoding differs, cheaper than encoding it: integers by their decimal digits, byte arrays (account
 * ids) by their bytes, anything else by its SCALE hex. Each id ends in a separator no id contains
 * elsewhere, or has a fixed length, so the ids of several arguments concatenate unambiguously.
 */
function argumentId(def: TypeDef): (arg: unknown) => string {
  const encoded = (arg: unknown) => `${bytesToHex(encode(def, arg))}|`;
  const inner = def.kind === 'composite' && def.fields.length === 1 ? def.fields[0]!.type : def;
  if (inner.kind === 'array' && inner.inner.kind === 'primitive' && inner.inner.name === 'U8') {
    const len = inner.len;
    return (arg) =>
      arg instanceof Uint8Array && arg.length === len
        ? `${String.fromCharCode.apply(null, arg as unknown as number[])}\u0100`
        : encoded(arg);
  }
  if (def.kind === 'primitive' && INTEGERS.has(def.name)) {
    return (arg) =>
      (typeof arg === 'number' && Number.isSafeInteger(arg)) || typeof arg === 'bigint'
        ? `${arg}#`
        : encoded(arg);
  }
  return encoded;
}

const INTEGERS = new Set(['U8', 'U16', 'U32', 'U64', 'U128', 'I16', 'I32', 'I64']);

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
  /** The metadata default: the value for an absent key when `modifier` is `Default`, `Option::None` (0x00) otherwise. */
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

/**
 * Whether a value is a storage item (for collecting a pallet's items from its storage module).
 *
 * @example
 * const items = Object.values(storage).filter(isStorageItem);
 */
// biome-ignore lint/suspicious/noExplicitAny: an item of any key and value types.
export function isStorageItem(value: unknown): value is StorageItem<any, any> {
  return typeof value === 'object' && value !== null && 'fallback' in value && 'key' in value;
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
  // An `Optional` item's metadata default is the encoding of `Option::None` (0x00), as FRAME writes it: clients that
  // decode a missing key as `Option<V>` from these bytes (bittensor ≥ 11) fail on empty bytes.
  const fallback = hasDefault ? encode(options.value, options.default) : new Uint8Array([0]);
  // Hashing dominates key computation: recent keys are cached by an id of their arguments.
  const cache = new Map<string, string>();
  const ids = keys.map((k) => argumentId(k.type));
  const keyOf = (args: unknown[]): string => {
    if (keys.length === 0) return prefix;
    let id = '';
    for (let i = 0; i < keys.length; i++) id += ids[i]!(args[i]);
    let key = cache.get(id);
    if (key === undefined) {
      key = prefix;
      for (let i = 0; i < keys.length; i++) {
        const part = hashKeyPart(keys[i]!.hasher, encode(keys[i]!.type, args[i]));
        key += bytesToHex(part).slice(2);
      }
      if (cache.size >= KEY_CACHE_SIZE) cache.clear();
      cache.set(id, key);
    }
    return key;
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
