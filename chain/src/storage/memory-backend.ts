/**
 * The in-memory chain backend: `--tmp` chains and tests.
 */
import type { ChainBackend, HeadPointer, UndoRecord, WriteBatch } from './chain-backend.js';
import { lowerBound, mergeSorted, scanStart } from './sorted-keys.js';
import type { BlockRecord, HexString, StorageKey, StorageValue } from './types.js';

/**
 * A {@link ChainBackend} on `Map`s plus a sorted key array for prefix scans. Writes apply
 * synchronously and all at once, so they are atomic by construction.
 *
 * @example
 * const db = await openChainDatabase({ memory: true }); // uses createMemoryBackend()
 */
export function createMemoryBackend(): ChainBackend {
  return new MemoryBackend();
}

class MemoryBackend implements ChainBackend {
  readonly kind = 'memory';
  #head: HeadPointer | undefined;
  readonly #blocks = new Map<HexString, BlockRecord>();
  readonly #hashes = new Map<number, HexString>();
  readonly #undo = new Map<number, UndoRecord>();
  readonly #meta = new Map<string, Uint8Array>();
  readonly #state = new Map<StorageKey, StorageValue>();
  /** Ascending keys of #state; replaced (never mutated) when keys come or go, so scans keep a snapshot. */
  #sorted: StorageKey[] = [];

  readHead(): HeadPointer | undefined {
    return this.#head;
  }
  readBlock(hash: HexString): BlockRecord | undefined {
    return this.#blocks.get(hash);
  }
  readHash(number: number): HexString | undefined {
    return this.#hashes.get(number);
  }
  readUndo(number: number): UndoRecord | undefined {
    return this.#undo.get(number);
  }
  undoNumbers(): number[] {
    return [...this.#undo.keys()].sort((a, b) => a - b);
  }
  readMeta(name: string): Uint8Array | undefined {
    return this.#meta.get(name);
  }
  getState(key: StorageKey): StorageValue | null {
    return this.#state.get(key) ?? null;
  }

  *stateKeys(prefix: HexString, startKey?: StorageKey): IterableIterator<StorageKey> {
    const sorted = this.#sorted;
    for (let i = scanStart(sorted, prefix, startKey); i < sorted.length; i++) {
      const key = sorted[i] as StorageKey;
      if (!key.startsWith(prefix)) return;
      if (this.#state.has(key)) yield key;
    }
  }

  write(batch: WriteBatch): void {
    const added: StorageKey[] = [];
    let removed = false;
    for (const [key, value] of batch.state) {
      if (value === null) {
        if (this.#state.delete(key)) removed = true;
      } else {
        if (!this.#state.has(key)) added.push(key);
        this.#state.set(key, value);
      }
    }
    if (removed) this.#sorted = this.#sorted.filter((key) => this.#state.has(key));
    if (added.length > 0) {
      // A few new keys: copy-and-splice beats a full merge.
      if (added.length < 32) {
        const next = this.#sorted.slice();
        for (const key of added) next.splice(lowerBound(next, key), 0, key);
        this.#sorted = next;
      } else {
        this.#sorted = mergeSorted(this.#sorted, added) as StorageKey[];
      }
    }
    for (const block of batch.deleteBlocks) {
      this.#blocks.delete(block.hash);
      if (this.#hashes.get(block.number) === block.hash) this.#hashes.delete(block.number);
    }
    for (const block of batch.putBlocks) {
      this.#blocks.set(block.hash, block);
      this.#hashes.set(block.number, block.hash);
    }
    for (const number of batch.deleteUndo) this.#undo.delete(number);
    for (const [number, undo] of batch.putUndo) this.#undo.set(number, undo);
    for (const [name, value] of batch.meta) {
      if (value === null) this.#meta.delete(name);
      else this.#meta.set(name, value);
    }
    this.#head = batch.head;
  }

  async close(): Promise<void> {
    this.#state.clear();
    this.#sorted = [];
  }
}
