/**
 * The chain database: blocks, the head, and the state of the last `historyDepth` blocks, with one
 * atomic commit per block.
 */
import type { BlockRecord, CommitBlockParameters, HexString, StateView, StorageChange } from './types.js';

/**
 * How many past blocks' states are kept by default (the head's state plus the 256 before it).
 *
 * @example
 * const db = await openChainDatabase({ memory: true, historyDepth: DEFAULT_HISTORY_DEPTH });
 */
export const DEFAULT_HISTORY_DEPTH = 256;

/**
 * Where the database lives.
 *
 * - `{ path }`: an LMDB environment in directory `path` (created if missing): `--base-path DIR`.
 * - `{ memory: true }`: nothing on disk, gone at `close()`: `--tmp` and tests.
 *
 * @example
 * const onDisk: OpenChainDatabaseOptions = { path: '/var/lib/devnet/chain' };
 * const inMemory: OpenChainDatabaseOptions = { memory: true, historyDepth: 16 };
 */
export type OpenChainDatabaseOptions = (
  | { path: string; memory?: false }
  | { memory: true; path?: undefined }
) & {
  /**
   * States of the head and the `historyDepth` blocks before it stay readable through
   * {@link ChainDatabase.stateAt}; older ones throw `CHAIN_STATE_PRUNED`. Blocks themselves
   * (headers, bodies) are kept forever. Default {@link DEFAULT_HISTORY_DEPTH} (256); minimum 0.
   */
  historyDepth?: number;
  /**
   * `true` (default): a commit resolves once it is flushed to disk, so even a power loss keeps it.
   * `false`: no fsync (several times faster commits); a process crash (`kill -9`) still keeps
   * every commit, an OS crash or power loss may lose the latest ones. Ignored in memory.
   */
  durable?: boolean;
};

/**
 * Blocks and state of one chain. Reads are synchronous; writes are one atomic
 * {@link ChainDatabase.commitBlock} per block (block, number → hash index, state changes, undo
 * record for history, head pointer and metadata together), so a crash at any instant reopens at
 * the last committed block with nothing half-written.
 *
 * Only one chain, no forks: each committed block must be the child of the head.
 * {@link ChainDatabase.revertTo} moves the head back (e.g. `dev_setHead`).
 *
 * @example
 * const db = await openChainDatabase({ memory: true });
 * await db.commitBlock({ number: 0, hash: genesisHash, parentHash: ZERO_HASH, header, body: [], changes: genesisChanges });
 * const layer = new StorageLayer(db.stateAt(genesisHash));
 * layer.set(key, '0x2a000000');
 * await db.commitBlock({ number: 1, hash, parentHash: genesisHash, header: h1, body: [], changes: layer.changes() });
 * db.stateAt(hash).get(key); // '0x2a000000'
 * await db.close();
 */
export interface ChainDatabase {
  /** `'memory'` or `'lmdb'`. */
  readonly backend: 'memory' | 'lmdb';
  /** How many past states are kept besides the head's. */
  readonly historyDepth: number;

  /** The head (latest committed) block, or `undefined` for an empty database (no genesis yet). */
  head(): BlockRecord | undefined;
  /** The block with this hash (any age), or `undefined`. */
  blockByHash(hash: HexString): BlockRecord | undefined;
  /** The block with this number on the current chain (any age), or `undefined`. */
  blockByNumber(number: number): BlockRecord | undefined;
  /** The hash of block `number` on the current chain, or `undefined`. */
  hashByNumber(number: number): HexString | undefined;
  /**
   * The number of the oldest block whose state is still readable
   * (`max(0, head - historyDepth)`), or `undefined` for an empty database.
   */
  oldestStateNumber(): number | undefined;

  /**
   * A read view of the state after block `hash` (default: the head). The view stays valid while
   * the chain grows, until the block falls out of the history window; every read re-checks.
   * Views of the head read the flat state directly (no history lookup).
   *
   * @throws {StorageError} `CHAIN_BLOCK_NOT_FOUND` for an unknown hash (or an empty database),
   *   `CHAIN_STATE_PRUNED` ("state of block #N is pruned (keeps the last 256)") for an old one.
   */
  stateAt(hash?: HexString): StateView;
  /**
   * The changes block `hash` made to its parent's state (new values; `null` = deleted), sorted by
   * key. For storage subscriptions. Same window and errors as {@link ChainDatabase.stateAt}
   * (genesis: its whole state).
   */
  blockChanges(hash: HexString): StorageChange[];

  /**
   * Stores a block atomically and makes it the head. Await each commit before the next.
   *
   * @throws {StorageError} `CHAIN_BLOCK_NOT_CHILD` when `number`/`parentHash` do not extend the head
   *   (or the first block is not number 0), `CHAIN_STORAGE_INVALID_HEX` for a malformed key/value.
   */
  commitBlock(block: CommitBlockParameters): Promise<void>;
  /**
   * Moves the head back to block `hash` (within the history window), undoing the state changes of
   * the blocks after it and forgetting those blocks, atomically.
   *
   * @throws {StorageError} `CHAIN_BLOCK_NOT_FOUND`, `CHAIN_STATE_PRUNED`.
   */
  revertTo(hash: HexString): Promise<void>;

  /** A metadata entry written by {@link CommitBlockParameters.meta}, or `undefined`. */
  getMeta(name: string): Uint8Array | undefined;

  /** Flushes and closes. Later calls throw `CHAIN_STORAGE_CLOSED`. Idempotent. */
  close(): Promise<void>;
}
