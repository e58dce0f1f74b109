/**
 * `@subnetkit/chain` storage: the devnet's state and blocks.
 *
 * - Keys and values are lowercase `0x` hex strings ({@link StorageKey}, {@link StorageValue});
 *   `null` means absent. Normalize outside input with {@link toStorageHex}; build keys with
 *   {@link storageKey} / {@link storagePrefix}.
 * - {@link StateView}: synchronous reads (`get`, `keys`, `getKeysPaged` with `state_getKeysPaged`
 *   semantics) of one state.
 * - {@link StorageLayer}: a writable overlay over a view, with nested `begin`/`commit`/`rollback`
 *   transactions; `changes()` is the block's diff.
 * - {@link ChainDatabase} from {@link openChainDatabase}: blocks by hash/number, the head,
 *   `stateAt(hash)` for the head and the 256 blocks before it (older: `CHAIN_STATE_PRUNED`), one
 *   atomic `commitBlock` per block on LMDB (`{ path }`) or in memory (`{ memory: true }`).
 * - {@link StorageError} with stable codes.
 *
 * @example
 * import { openChainDatabase, StorageLayer, storagePrefix } from './storage/index.js';
 *
 * const db = await openChainDatabase({ memory: true });
 * await db.commitBlock({ number: 0, hash: genesisHash, parentHash: ZERO_HASH, header, body: [], changes: genesis });
 * const layer = new StorageLayer(db.stateAt()); // over the head
 * layer.set(storagePrefix('System', 'Number'), '0x01000000');
 * const ok = layer.transaction(() => applyExtrinsic(layer, xt)); // rolled back if it throws
 * await db.commitBlock({ number: 1, hash, parentHash: genesisHash, header: h1, body: [xt], changes: layer.changes() });
 * db.stateAt(genesisHash).get(storagePrefix('System', 'Number')); // historic read
 * await db.close();
 */
export type { ChainDatabase, OpenChainDatabaseOptions } from './chain-database.js';
export { DEFAULT_HISTORY_DEPTH } from './chain-database.js';
export { bytesToHex, hexToBytes, isStorageHex, toStorageHex } from './hex.js';
export { openChainDatabase } from './open-chain-database.js';
export { StorageError, type StorageErrorCode } from './storage-error.js';
export { hashKeyPart, type StorageHasher, storageKey, storagePrefix } from './storage-key.js';
export { StorageLayer, takeKeys } from './storage-layer.js';
export type {
  BlockRecord,
  CommitBlockParameters,
  HexString,
  StateView,
  StorageChange,
  StorageKey,
  StorageValue,
} from './types.js';
