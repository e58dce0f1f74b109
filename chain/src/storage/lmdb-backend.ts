/**
 * The persistent chain backend on LMDB (`--base-path DIR`).
 *
 * Why LMDB: a commit is one LMDB write transaction over several named databases (state, blocks,
 * numbers, undo records, metadata). LMDB is copy-on-write with two meta pages, so a transaction
 * is visible only once its meta page is written: a crash at any instant leaves the previous
 * committed transaction intact, with no write-ahead log to replay and no recovery step. Reads are
 * memory-mapped B-tree lookups (synchronous, no copy until we hex-encode), which suits a runtime
 * that reads storage synchronously. `lmdb` ships prebuilt binaries as npm optional dependencies
 * (installs offline; no compiler), while `better-sqlite3` 13 needs Node ≥ 22 and older releases
 * fetch binaries from outside or compile.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, open, type RootDatabase, type TransactionFlags } from 'lmdb';
import type { ChainBackend, HeadPointer, UndoRecord, WriteBatch } from './chain-backend.js';
import { StorageError } from './storage-error.js';
import type { BlockRecord, HexString, StorageKey, StorageValue } from './types.js';

/** Layout version written on creation; a mismatch on open is `CHAIN_STORAGE_CORRUPT`. */
const LAYOUT_VERSION = 1;
const TXN_FLAGS = 3 as TransactionFlags; // ABORTABLE | SYNCHRONOUS_COMMIT (flushed before returning)

/** Options of {@link createLmdbBackend}. */
export interface LmdbBackendOptions {
  /** Directory of the database (created if missing). */
  readonly path: string;
  /** Resolve writes only once flushed to disk (default `true`). */
  readonly durable?: boolean;
}

interface StoredBlock {
  n: number;
  h: Uint8Array;
  p: Uint8Array;
  hd: Uint8Array;
  b: Uint8Array[];
}

/**
 * Opens the LMDB backend in `options.path`, taking its lock file.
 *
 * @throws {StorageError} `CHAIN_STORAGE_LOCKED` when a live process holds the directory,
 *   `CHAIN_STORAGE_CORRUPT` for an unknown layout.
 * @example
 * const backend = createLmdbBackend({ path: '/tmp/devnet' });
 */
export function createLmdbBackend(options: LmdbBackendOptions): ChainBackend {
  mkdirSync(options.path, { recursive: true });
  const releaseLock = takeLock(join(options.path, 'LOCK'));
  try {
    return new LmdbBackend(options, releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
}

class LmdbBackend implements ChainBackend {
  readonly kind = 'lmdb';
  readonly #root: RootDatabase;
  readonly #state: Database<Buffer, Buffer>;
  readonly #blocks: Database<StoredBlock, Buffer>;
  readonly #numbers: Database<Buffer, number>;
  readonly #undo: Database<[Buffer, Buffer | null][], number>;
  readonly #meta: Database<Buffer, string>;
  readonly #durable: boolean;
  readonly #releaseLock: () => void;

  constructor(options: LmdbBackendOptions, releaseLock: () => void) {
    this.#releaseLock = releaseLock;
    this.#durable = options.durable ?? true;
    // Not durable: no fsync at all. Every commit still reaches the OS page cache in one piece, so a
    // process crash loses nothing; an OS crash or power loss may lose recent commits.
    this.#root = open({
      path: join(options.path, 'chain.mdb'),
      maxDbs: 8,
      compression: false,
      noSync: !this.#durable,
    });
    this.#state = this.#root.openDB({ name: 'state', keyEncoding: 'binary', encoding: 'binary' });
    this.#blocks = this.#root.openDB({ name: 'blocks', keyEncoding: 'binary', encoding: 'msgpack' });
    this.#numbers = this.#root.openDB({ name: 'numbers', keyEncoding: 'uint32', encoding: 'binary' });
    this.#undo = this.#root.openDB({ name: 'undo', keyEncoding: 'uint32', encoding: 'msgpack' });
    this.#meta = this.#root.openDB({ name: 'meta', encoding: 'binary' });
    const version = this.#root.get('layout');
    if (version === undefined) {
      this.#root.transactionSync(() => this.#root.putSync('layout', LAYOUT_VERSION), TXN_FLAGS);
    } else if (version !== LAYOUT_VERSION) {
      this.#root.close();
      throw new StorageError(
        'CHAIN_STORAGE_CORRUPT',
        `unknown database layout ${String(version)} in ${options.path}`,
        {
          path: options.path,
        },
      );
    }
  }

  readHead(): HeadPointer | undefined {
    const head = this.#root.get('head') as { n: number; h: Uint8Array } | undefined;
    return head === undefined ? undefined : { number: head.n, hash: toHex(head.h) };
  }

  readBlock(hash: HexString): BlockRecord | undefined {
    const stored = this.#blocks.get(fromHex(hash));
    if (stored === undefined) return undefined;
    return {
      number: stored.n,
      hash: toHex(stored.h),
      parentHash: toHex(stored.p),
      header: plain(stored.hd),
      body: stored.b.map(plain),
    };
  }

  readHash(number: number): HexString | undefined {
    const hash = this.#numbers.getBinaryFast(number);
    return hash === undefined ? undefined : toHex(hash);
  }

  readUndo(number: number): UndoRecord | undefined {
    const undo = this.#undo.get(number);
    return undo?.map(([key, value]) => [toHex(key), value === null ? null : toHex(value)] as const);
  }

  undoNumbers(): number[] {
    return [...this.#undo.getKeys()];
  }

  readMeta(name: string): Uint8Array | undefined {
    const value = this.#meta.getBinary(name);
    return value === undefined ? undefined : new Uint8Array(value);
  }

  getState(key: StorageKey): StorageValue | null {
    const value = this.#state.getBinaryFast(fromHex(key));
    return value === undefined ? null : toHex(value);
  }

  *stateKeys(prefix: HexString, startKey?: StorageKey): IterableIterator<StorageKey> {
    let start: Buffer | undefined;
    if (startKey !== undefined && startKey >= prefix) {
      const after = fromHex(startKey);
      start = Buffer.concat([after, ZERO_BYTE]); // the smallest key strictly greater
    } else if (prefix.length > 2) {
      start = fromHex(prefix);
    }
    const range = this.#state.getKeys(start === undefined ? {} : { start });
    for (const raw of range) {
      const key = toHex(raw);
      if (!key.startsWith(prefix)) return;
      yield key;
    }
  }

  write(batch: WriteBatch): void {
    this.#root.transactionSync(() => {
      for (const [key, value] of batch.state) {
        if (value === null) this.#state.removeSync(fromHex(key));
        else this.#state.putSync(fromHex(key), fromHex(value));
      }
      for (const block of batch.deleteBlocks) {
        this.#blocks.removeSync(fromHex(block.hash));
        this.#numbers.removeSync(block.number);
      }
      for (const block of batch.putBlocks) {
        const stored: StoredBlock = {
          n: block.number,
          h: fromHex(block.hash),
          p: fromHex(block.parentHash),
          hd: block.header,
          b: [...block.body],
        };
        this.#blocks.putSync(fromHex(block.hash), stored);
        this.#numbers.putSync(block.number, fromHex(block.hash));
      }
      for (const number of batch.deleteUndo) this.#undo.removeSync(number);
      for (const [number, undo] of batch.putUndo) {
        this.#undo.putSync(
          number,
          undo.map(([key, value]) => [fromHex(key), value === null ? null : fromHex(value)]),
        );
      }
      for (const [name, value] of batch.meta) {
        if (value === null) this.#meta.removeSync(name);
        else this.#meta.putSync(name, Buffer.from(value));
      }
      this.#root.putSync('head', { n: batch.head.number, h: fromHex(batch.head.hash) });
    }, TXN_FLAGS);
  }

  async close(): Promise<void> {
    if (this.#durable) await this.#root.flushed;
    await this.#root.close();
    this.#releaseLock();
  }
}

const ZERO_BYTE = Buffer.alloc(1);

/** A plain `Uint8Array` view of a decoded `Buffer` (msgpack decodes bin to its own copies). */
function plain(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

function fromHex(hex: HexString): Buffer {
  return Buffer.from(hex.slice(2), 'hex');
}

/**
 * `bytes.length`, not `byteLength`: lmdb's fast buffers are its shared read buffer with an own `length`
 * property set to the value's size. Node 24's `Buffer#toString` reads the typed array's real length (the
 * whole shared buffer), so the value is always viewed through `length` first.
 */
function toHex(bytes: Uint8Array): HexString {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex')}`;
}

/**
 * Takes `path` as a pid lock file; a stale one (its process is gone, e.g. after `kill -9`) is
 * taken over. Returns the release function.
 */
function takeLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSafe(path), 10);
      if (Number.isInteger(pid) && pid > 0 && (pid === process.pid || isAlive(pid))) {
        throw new StorageError('CHAIN_STORAGE_LOCKED', `database ${path} is in use by process ${pid}`, {
          path,
          pid,
        });
      }
      try {
        unlinkSync(path);
      } catch {
        // another opener removed it first; retry
      }
      continue;
    }
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return () => {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    };
  }
  throw new StorageError('CHAIN_STORAGE_LOCKED', `could not take the lock ${path}`, { path });
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
