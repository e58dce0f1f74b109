/**
 * The shared vocabulary of the storage layer: hex keys and values, changes, read views and blocks.
 *
 * Keys and values are **lowercase `0x`-prefixed hex strings** everywhere in this API. They are what
 * JSON-RPC speaks (`state_getStorage`, `state_getKeysPaged`, `state_storage` notifications), they are
 * usable as `Map` keys as they are, and lowercase hex sorts exactly like the bytes it encodes, so
 * "lexicographic byte order" (the order `state_getKeysPaged` must use) is plain string order. Use
 * {@link toStorageHex} (in `hex.ts`) to normalize input from outside (upper case, `Uint8Array`).
 */

/** A `0x`-prefixed hex string. Inside the storage API it is always lowercase. */
export type HexString = `0x${string}`;

/**
 * A full storage key: `twox128(pallet) ++ twox128(item) ++ hasher(key)…`, as lowercase hex.
 *
 * @example
 * const key: StorageKey = '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac'; // System.Number
 */
export type StorageKey = HexString;

/**
 * A SCALE-encoded storage value, as lowercase hex. An absent value is `null`, never `'0x'`
 * (`'0x'` is a present, empty value).
 *
 * @example
 * const value: StorageValue = '0x2a000000'; // u32 42
 */
export type StorageValue = HexString;

/**
 * One write: the key and its new value, `null` meaning "deleted".
 *
 * @example
 * const change: StorageChange = ['0x01', '0x2a000000'];
 * const deletion: StorageChange = ['0x02', null];
 */
export type StorageChange = readonly [key: StorageKey, value: StorageValue | null];

/**
 * A read-only view of the whole state at one point: a block's state, or an overlay over one.
 * All reads are synchronous (LMDB and the memory backend read in microseconds), so runtime and
 * pallet code needs no `await` for storage.
 *
 * @example
 * const view: StateView = db.stateAt(hash);
 * const value = view.get(key); // StorageValue | null
 * const page = view.getKeysPaged(prefix, 1000); // first 1000 keys under prefix
 * const next = view.getKeysPaged(prefix, 1000, page.at(-1)); // following page
 */
export interface StateView {
  /** The value at `key`, or `null` when absent. */
  get(key: StorageKey): StorageValue | null;
  /**
   * Keys that start with `prefix` and are strictly greater than `startKey` (when given), in byte
   * order, lazily. Stop early with `break` (or call `return()`): the iterator releases its
   * cursor. Do not hold an iterator across an `await` (a block may be committed meanwhile);
   * use {@link StateView.getKeysPaged} for that. `prefix` may be `'0x'` (all keys).
   */
  keys(prefix: HexString, startKey?: StorageKey): IterableIterator<StorageKey>;
  /**
   * At most `count` keys from {@link StateView.keys}: exactly `state_getKeysPaged`'s semantics
   * (the client pages with the last key it got as the next `startKey`).
   */
  getKeysPaged(prefix: HexString, count: number, startKey?: StorageKey): StorageKey[];
}

/**
 * A stored block. The storage layer does not decode `header` or `body`; `hash` is whatever the
 * caller computed (for @polkadot/api it must be `blake2_256(SCALE(header))`).
 *
 * @example
 * const block: BlockRecord = { number: 1, hash, parentHash, header: headerBytes, body: [xtBytes] };
 */
export interface BlockRecord {
  /** Block number; genesis is 0. */
  readonly number: number;
  /** The block hash, lowercase hex (32 bytes). */
  readonly hash: HexString;
  /** The parent's hash; for genesis, 32 zero bytes (any value is accepted at number 0). */
  readonly parentHash: HexString;
  /** SCALE-encoded header. */
  readonly header: Uint8Array;
  /** The block's extrinsics, each as its full SCALE encoding (with length prefix). */
  readonly body: readonly Uint8Array[];
}

/**
 * What {@link ChainDatabase.commitBlock} stores atomically: a block, its state changes against its
 * parent's state, and optional metadata entries.
 *
 * @example
 * await db.commitBlock({ number: 1, hash, parentHash: genesisHash, header, body: [], changes: layer.changes() });
 */
export interface CommitBlockParameters extends BlockRecord {
  /** The state diff against the parent (for genesis: the whole genesis state). Order does not matter; a key must not repeat. */
  readonly changes: readonly StorageChange[];
  /** Node metadata written in the same transaction (e.g. the chain spec name); `null` deletes an entry. */
  readonly meta?: Readonly<Record<string, Uint8Array | null>>;
}
