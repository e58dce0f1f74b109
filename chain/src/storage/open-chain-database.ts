/**
 * Opens a chain database on LMDB (`{ path }`) or in memory (`{ memory: true }`).
 */
import { BlockState, type BlockStateSource } from './block-state.js';
import type { ChainBackend, HeadPointer, UndoRecord } from './chain-backend.js';
import {
  type ChainDatabase,
  DEFAULT_HISTORY_DEPTH,
  type OpenChainDatabaseOptions,
} from './chain-database.js';
import { isStorageHex, shorten } from './hex.js';
import { HistoryIndex } from './history-index.js';
import { createLmdbBackend } from './lmdb-backend.js';
import { createMemoryBackend } from './memory-backend.js';
import { StorageError } from './storage-error.js';
import type {
  BlockRecord,
  CommitBlockParameters,
  HexString,
  StateView,
  StorageChange,
  StorageKey,
  StorageValue,
} from './types.js';

/**
 * Opens (creating if needed) the chain database. On disk it reopens at the last committed block.
 *
 * @throws {StorageError} `CHAIN_STORAGE_LOCKED` when another live process has `path` open,
 *   `CHAIN_STORAGE_CORRUPT` when `path` holds something else.
 * @example
 * const db = await openChainDatabase(options.tmp ? { memory: true } : { path: join(options.basePath, 'chain') });
 * const head = db.head(); // undefined on a fresh database: write genesis first
 */
export async function openChainDatabase(options: OpenChainDatabaseOptions): Promise<ChainDatabase> {
  const historyDepth = options.historyDepth ?? DEFAULT_HISTORY_DEPTH;
  if (!Number.isInteger(historyDepth) || historyDepth < 0) {
    throw new RangeError(`historyDepth must be a non-negative integer, got ${historyDepth}`);
  }
  const backend = options.memory
    ? createMemoryBackend()
    : createLmdbBackend({ path: options.path, durable: options.durable ?? true });
  const db = new ChainDatabaseImpl(backend, historyDepth);
  try {
    db.load();
  } catch (error) {
    await backend.close();
    throw error;
  }
  return db;
}

class ChainDatabaseImpl implements ChainDatabase {
  readonly historyDepth: number;
  readonly #backend: ChainBackend;
  readonly #index = new HistoryIndex();
  readonly #source: BlockStateSource;
  #head: HeadPointer | undefined;
  #headBlock: BlockRecord | undefined;
  /** Undo records in the index, by block number: the blocks in [#lowestUndo, head]. */
  readonly #undo = new Map<number, UndoRecord>();
  #lowestUndo = 0;
  #closed = false;

  constructor(backend: ChainBackend, historyDepth: number) {
    this.#backend = backend;
    this.historyDepth = historyDepth;
    this.#source = {
      backend,
      index: this.#index,
      checkReadable: (number, hash) => this.#checkReadable(number, hash),
    };
  }

  get backend(): 'memory' | 'lmdb' {
    return this.#backend.kind;
  }

  /** Reads the head and the window's undo records; deletes records left below the window. */
  load(): void {
    const head = this.#backend.readHead();
    if (head === undefined) return;
    this.#head = head;
    this.#headBlock = this.#backend.readBlock(head.hash);
    if (this.#headBlock === undefined) {
      const message = `head block #${head.number} ${shorten(head.hash)} is missing`;
      throw new StorageError('CHAIN_STORAGE_CORRUPT', message, { number: head.number, hash: head.hash });
    }
    const lowest = Math.max(0, head.number - this.historyDepth);
    const stale: number[] = [];
    for (const number of this.#backend.undoNumbers()) {
      const undo = number < lowest || number > head.number ? undefined : this.#backend.readUndo(number);
      if (undo === undefined) {
        stale.push(number);
        continue;
      }
      this.#undo.set(number, undo);
      this.#index.push(number, undo);
    }
    // Records must be contiguous up to the head; a gap makes everything below it unreadable.
    let low = head.number + 1;
    while (this.#undo.has(low - 1)) low--;
    this.#lowestUndo = low;
    for (const number of [...this.#undo.keys()]) {
      if (number < low) {
        this.#index.shift(number, this.#undo.get(number) as UndoRecord);
        this.#undo.delete(number);
        stale.push(number);
      }
    }
    if (stale.length > 0) this.#backend.write({ ...EMPTY_BATCH, head, deleteUndo: stale });
  }

  head(): BlockRecord | undefined {
    this.#ensureOpen();
    return this.#headBlock;
  }

  blockByHash(hash: HexString): BlockRecord | undefined {
    this.#ensureOpen();
    return this.#backend.readBlock(hash);
  }

  blockByNumber(number: number): BlockRecord | undefined {
    const hash = this.hashByNumber(number);
    return hash === undefined ? undefined : this.#backend.readBlock(hash);
  }

  hashByNumber(number: number): HexString | undefined {
    this.#ensureOpen();
    if (!Number.isInteger(number) || number < 0) return undefined;
    return this.#backend.readHash(number);
  }

  oldestStateNumber(): number | undefined {
    this.#ensureOpen();
    return this.#head === undefined ? undefined : this.#oldest(this.#head);
  }

  stateAt(hash?: HexString): StateView {
    const { number, hash: blockHash } = this.#locate(hash);
    this.#checkReadable(number, blockHash);
    return new BlockState(this.#source, number, blockHash);
  }

  blockChanges(hash: HexString): StorageChange[] {
    const { number } = this.#locate(hash);
    this.#checkReadable(number, hash);
    const undo = this.#undo.get(number) ?? [];
    const view = new BlockState(this.#source, number, hash);
    return undo.map(([key]) => [key, view.get(key)] as const).sort(byKey);
  }

  #checkReadable(number: number, hash: HexString): boolean {
    this.#ensureOpen();
    const head = this.#head;
    if (head !== undefined && number === head.number && hash === head.hash) return true;
    if (head === undefined || number > head.number || this.#backend.readHash(number) !== hash) {
      throw notFound(hash);
    }
    if (number < this.#oldest(head)) {
      throw new StorageError(
        'CHAIN_STATE_PRUNED',
        `state of block #${number} is pruned (keeps the last ${this.historyDepth})`,
        { number, hash, head: head.number, historyDepth: this.historyDepth },
      );
    }
    return false;
  }

  async commitBlock(block: CommitBlockParameters): Promise<void> {
    this.#ensureOpen();
    const head = this.#head;
    const { number, hash, parentHash } = block;
    if (!isStorageHex(hash) || !isStorageHex(parentHash)) {
      throw new StorageError(
        'CHAIN_STORAGE_INVALID_HEX',
        'block hash and parent hash must be lowercase 0x hex',
        {
          hash,
          parentHash,
        },
      );
    }
    if (head === undefined ? number !== 0 : number !== head.number + 1 || parentHash !== head.hash) {
      throw new StorageError(
        'CHAIN_BLOCK_NOT_CHILD',
        head === undefined
          ? `the first block must be genesis (#0), got #${number}`
          : `block #${number} ${shorten(hash)} (parent ${shorten(parentHash)}) does not extend head #${head.number} ${shorten(head.hash)}`,
        { number, hash, parentHash, head: head?.number, headHash: head?.hash },
      );
    }
    // Net changes (the last write of a key wins), skipping no-ops, with the values they overwrite.
    const net = new Map<StorageKey, StorageValue | null>();
    for (const [key, value] of block.changes) {
      if (!isStorageHex(key) || key.length === 2 || (value !== null && !isStorageHex(value))) {
        throw new StorageError('CHAIN_STORAGE_INVALID_HEX', `invalid change at ${shorten(String(key))}`, {
          key: shorten(String(key)),
          value: value === null ? null : shorten(String(value)),
        });
      }
      net.set(key, value);
    }
    const state: StorageChange[] = [];
    const undo: StorageChange[] = [];
    for (const [key, value] of net) {
      const before = this.#backend.getState(key);
      if (before === value) continue;
      state.push([key, value]);
      undo.push([key, before]);
    }
    const next: HeadPointer = { number, hash };
    const prune = number - this.historyDepth - 1;
    const deleteUndo = prune >= this.#lowestUndo && this.#undo.has(prune) ? [prune] : [];
    const meta = Object.entries(block.meta ?? {});
    const record: BlockRecord = { number, hash, parentHash, header: block.header, body: block.body };
    this.#backend.write({
      head: next,
      putBlocks: [record],
      deleteBlocks: [],
      state,
      putUndo: [[number, undo]],
      deleteUndo,
      meta,
    });
    this.#head = next;
    this.#headBlock = record;
    this.#undo.set(number, undo);
    this.#index.push(number, undo);
    for (const old of deleteUndo) this.#dropOldest(old);
    this.#lowestUndo = Math.max(this.#lowestUndo, number - this.historyDepth);
  }

  async revertTo(hash: HexString): Promise<void> {
    const target = this.#locate(hash);
    this.#checkReadable(target.number, hash);
    const head = this.#head as HeadPointer;
    if (target.number === head.number) return;
    // Undo newest first, so each key ends at the value recorded by the oldest reverted block.
    const restore = new Map<StorageKey, StorageValue | null>();
    const reverted: HeadPointer[] = [];
    for (let number = head.number; number > target.number; number--) {
      for (const [key, before] of this.#undo.get(number) ?? []) restore.set(key, before);
      reverted.push({ number, hash: this.#backend.readHash(number) as HexString });
    }
    this.#backend.write({
      head: target,
      putBlocks: [],
      deleteBlocks: reverted,
      state: [...restore],
      putUndo: [],
      deleteUndo: reverted.map((block) => block.number),
      meta: [],
    });
    this.#head = target;
    this.#headBlock = this.#backend.readBlock(target.hash);
    for (const { number } of reverted) {
      this.#index.pop(number, this.#undo.get(number) ?? []);
      this.#undo.delete(number);
    }
  }

  getMeta(name: string): Uint8Array | undefined {
    this.#ensureOpen();
    return this.#backend.readMeta(name);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#backend.close();
  }

  #dropOldest(number: number): void {
    const undo = this.#undo.get(number);
    if (undo === undefined) return;
    this.#index.shift(number, undo);
    this.#undo.delete(number);
  }

  /** Oldest readable state: within the depth, and with undo records for every later block. */
  #oldest(head: HeadPointer): number {
    return Math.max(0, head.number - this.historyDepth, this.#lowestUndo - 1);
  }

  #locate(hash: HexString | undefined): HeadPointer {
    this.#ensureOpen();
    if (hash === undefined) {
      if (this.#head === undefined)
        throw new StorageError('CHAIN_BLOCK_NOT_FOUND', 'the chain has no blocks yet');
      return this.#head;
    }
    if (this.#head !== undefined && hash === this.#head.hash) return this.#head;
    const block = this.#backend.readBlock(hash);
    if (block === undefined) throw notFound(hash);
    return { number: block.number, hash };
  }

  #ensureOpen(): void {
    if (this.#closed) throw new StorageError('CHAIN_STORAGE_CLOSED', 'the chain database is closed');
  }
}

const EMPTY_BATCH = {
  putBlocks: [],
  deleteBlocks: [],
  state: [],
  putUndo: [],
  deleteUndo: [],
  meta: [],
} as const;

function notFound(hash: HexString): StorageError {
  return new StorageError('CHAIN_BLOCK_NOT_FOUND', `block ${shorten(hash)} not found`, { hash });
}

function byKey(a: StorageChange, b: StorageChange): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
