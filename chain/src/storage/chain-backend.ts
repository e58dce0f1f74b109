/**
 * The persistence contract under the chain database: flat head state, blocks, undo records and
 * metadata, written in one atomic batch per block. Implemented in memory and on LMDB.
 */
import type { BlockRecord, HexString, StorageChange, StorageKey, StorageValue } from './types.js';

/** The head pointer as persisted. */
export interface HeadPointer {
  readonly number: number;
  readonly hash: HexString;
}

/**
 * What block `number` overwrote: each key it changed with the value it had before (`null` =
 * absent), so the parent's state is the block's state with these written back.
 */
export type UndoRecord = readonly StorageChange[];

/**
 * One atomic write: everything a commit (or a revert) changes. Applied all or nothing.
 *
 * @example
 * const batch: WriteBatch = { head, putBlocks: [block], deleteBlocks: [], state, putUndo: [[1, undo]], deleteUndo: [], meta: [] };
 */
export interface WriteBatch {
  readonly head: HeadPointer;
  readonly putBlocks: readonly BlockRecord[];
  readonly deleteBlocks: readonly HeadPointer[];
  /** Writes to the flat (head) state; `null` deletes. */
  readonly state: readonly StorageChange[];
  readonly putUndo: readonly (readonly [number, UndoRecord])[];
  readonly deleteUndo: readonly number[];
  readonly meta: readonly (readonly [string, Uint8Array | null])[];
}

/**
 * A storage engine for {@link WriteBatch}es and the reads the chain database needs.
 *
 * @example
 * const backend: ChainBackend = createMemoryBackend();
 * backend.write(batch);
 * backend.getState(key);
 */
export interface ChainBackend {
  readonly kind: 'memory' | 'lmdb';
  readHead(): HeadPointer | undefined;
  readBlock(hash: HexString): BlockRecord | undefined;
  readHash(number: number): HexString | undefined;
  readUndo(number: number): UndoRecord | undefined;
  /** Block numbers that have undo records, ascending. */
  undoNumbers(): number[];
  readMeta(name: string): Uint8Array | undefined;
  getState(key: StorageKey): StorageValue | null;
  /** Flat-state keys under `prefix`, strictly after `startKey`, ascending, lazily. */
  stateKeys(prefix: HexString, startKey?: StorageKey): IterableIterator<StorageKey>;
  /**
   * Applies `batch` atomically and synchronously: when it returns, the batch is committed (and, on
   * a durable LMDB backend, flushed). Synchronous so that no reader ever sees the new state
   * before the chain database has updated its head and history index.
   */
  write(batch: WriteBatch): void;
  close(): Promise<void>;
}
