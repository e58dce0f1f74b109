/**
 * The read view of one block's state: head state directly, past states through the history index.
 */
import type { ChainBackend } from './chain-backend.js';
import type { HistoryIndex } from './history-index.js';
import { takeKeys } from './storage-layer.js';
import type { HexString, StateView, StorageKey, StorageValue } from './types.js';

/** What a {@link BlockState} reads from: the owning database's parts. */
export interface BlockStateSource {
  readonly backend: ChainBackend;
  readonly index: HistoryIndex;
  /**
   * Whether block `number`/`hash` is the head (`true`) or a readable past block (`false`).
   * Throws `CHAIN_BLOCK_NOT_FOUND`, `CHAIN_STATE_PRUNED` or `CHAIN_STORAGE_CLOSED` otherwise.
   */
  checkReadable(number: number, hash: HexString): boolean;
}

/**
 * The state after block `number`: reads the head state, and for keys that later blocks changed,
 * the value recorded before the first such block. Every read re-checks that the block is still
 * readable, so a view kept past the history window throws instead of answering wrong.
 *
 * @example
 * const view = new BlockState(source, 7, hash7);
 * view.get(key);
 */
export class BlockState implements StateView {
  readonly number: number;
  readonly hash: HexString;
  readonly #source: BlockStateSource;

  constructor(source: BlockStateSource, number: number, hash: HexString) {
    this.#source = source;
    this.number = number;
    this.hash = hash;
  }

  /** {@inheritDoc StateView.get} */
  get(key: StorageKey): StorageValue | null {
    const source = this.#source;
    if (!source.checkReadable(this.number, this.hash)) {
      const past = source.index.lookup(key, this.number);
      if (past !== undefined) return past.value;
    }
    return source.backend.getState(key);
  }

  /** {@inheritDoc StateView.keys} */
  keys(prefix: HexString, startKey?: StorageKey): IterableIterator<StorageKey> {
    const source = this.#source;
    if (source.checkReadable(this.number, this.hash)) return source.backend.stateKeys(prefix, startKey);
    return this.#pastKeys(prefix, startKey);
  }

  /** {@inheritDoc StateView.getKeysPaged} */
  getKeysPaged(prefix: HexString, count: number, startKey?: StorageKey): StorageKey[] {
    return takeKeys(this.keys(prefix, startKey), count);
  }

  /** Head keys merged with keys later blocks changed, each kept if present at this block. */
  *#pastKeys(prefix: HexString, startKey?: StorageKey): IterableIterator<StorageKey> {
    const { backend, index } = this.#source;
    const current = backend.stateKeys(prefix, startKey);
    const changed = index.keys(prefix, startKey);
    try {
      let c = current.next();
      let h = changed.next();
      for (;;) {
        if (c.done && h.done) return;
        if (h.done || (!c.done && c.value < h.value)) {
          // Present at the head and not in the index's next key: unchanged unless indexed.
          const key = c.value;
          c = current.next();
          if (!index.has(key) || this.#presentAt(key)) yield key;
        } else {
          const key = h.value;
          if (!c.done && c.value === key) c = current.next();
          h = changed.next();
          if (this.#presentAt(key)) yield key;
        }
      }
    } finally {
      current.return?.();
    }
  }

  #presentAt(key: StorageKey): boolean {
    const past = this.#source.index.lookup(key, this.number);
    return past !== undefined ? past.value !== null : this.#source.backend.getState(key) !== null;
  }
}
