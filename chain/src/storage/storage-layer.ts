/**
 * A writable overlay over a parent state view, with nested transactions: what a block is built in.
 */
import { mergeSorted, scanStart } from './sorted-keys.js';
import { StorageError } from './storage-error.js';
import type { HexString, StateView, StorageChange, StorageKey, StorageValue } from './types.js';

/** Marks "the key was not in the overlay" in a transaction's undo journal. */
const ABSENT: unique symbol = Symbol('absent');
type JournalEntry = StorageValue | null | typeof ABSENT;

/**
 * A block-building overlay: reads fall through to `parent` unless written here; writes (`null` =
 * delete) stay here until {@link StorageLayer.changes} hands them to `commitBlock`. Key iteration
 * merges overlay and parent in byte order, hiding keys deleted here.
 *
 * Transactions nest: {@link StorageLayer.begin} opens one, {@link StorageLayer.commit} folds it
 * into the enclosing one (or the layer), {@link StorageLayer.rollback} undoes its writes — how the
 * runtime drops a failed extrinsic's writes. {@link StorageLayer.transaction} wraps a function.
 *
 * A layer can itself be the parent of another layer (e.g. a dry run over a pending block).
 * Do not write to a parent while a child layer over it is in use.
 *
 * @example
 * const layer = new StorageLayer(db.stateAt(parentHash));
 * layer.set(key, '0x01');
 * layer.begin();
 * layer.set(key, '0x02');
 * layer.rollback(); // layer.get(key) === '0x01'
 * const ok = layer.transaction(() => { layer.set(other, null); return true; });
 * await db.commitBlock({ ...block, changes: layer.changes() });
 */
export class StorageLayer implements StateView {
  /** The state this layer is written over. */
  readonly parent: StateView;
  readonly #values = new Map<StorageKey, StorageValue | null>();
  /** Ascending keys of #values, excluding #pending; may hold stale keys after a rollback (#stale). */
  #sorted: StorageKey[] = [];
  #pending: StorageKey[] = [];
  #stale = false;
  readonly #journals: Map<StorageKey, JournalEntry>[] = [];

  constructor(parent: StateView) {
    this.parent = parent;
  }

  /** Number of open transactions. */
  get depth(): number {
    return this.#journals.length;
  }

  /** Number of keys written in this layer (including deletions). */
  get size(): number {
    return this.#values.size;
  }

  /**
   * The value at `key`: this layer's write if any, else the parent's.
   *
   * @example
   * layer.get('0x01'); // '0x2a' | null
   */
  get(key: StorageKey): StorageValue | null {
    const value = this.#values.get(key);
    return value !== undefined ? value : this.parent.get(key);
  }

  /**
   * Writes `value` at `key`; `null` deletes it.
   *
   * @example
   * layer.set('0x01', '0x2a');
   * layer.set('0x02', null);
   */
  set(key: StorageKey, value: StorageValue | null): void {
    const previous = this.#values.get(key);
    const journal = this.#journals[this.#journals.length - 1];
    if (journal !== undefined && !journal.has(key))
      journal.set(key, previous === undefined ? ABSENT : previous);
    if (previous === undefined) this.#pending.push(key);
    this.#values.set(key, value);
  }

  /**
   * Writes each change in turn.
   *
   * @example
   * layer.apply([['0x01', '0x2a'], ['0x02', null]]);
   */
  apply(changes: Iterable<StorageChange>): void {
    for (const [key, value] of changes) this.set(key, value);
  }

  /**
   * Deletes up to `limit` keys under `prefix` (all by default), as seen through this layer, and
   * returns how many were deleted (substrate's `clear_prefix`).
   *
   * @example
   * layer.clearPrefix(storagePrefix('SubtensorModule', 'Weights')); // 12
   */
  clearPrefix(prefix: HexString, limit = Number.POSITIVE_INFINITY): number {
    const keys: StorageKey[] = [];
    for (const key of this.keys(prefix)) {
      if (keys.length >= limit) break;
      keys.push(key);
    }
    for (const key of keys) this.set(key, null);
    return keys.length;
  }

  /** {@inheritDoc StateView.keys} */
  *keys(prefix: HexString, startKey?: StorageKey): IterableIterator<StorageKey> {
    const overlay = this.#sortedKeys();
    let i = scanStart(overlay, prefix, startKey);
    const parentKeys = this.parent.keys(prefix, startKey);
    try {
      let p = parentKeys.next();
      for (;;) {
        const o = i < overlay.length && (overlay[i] as string).startsWith(prefix) ? overlay[i] : undefined;
        if (o === undefined) {
          if (p.done) return;
          yield p.value;
          p = parentKeys.next();
        } else if (p.done || o <= p.value) {
          if (!p.done && o === p.value) p = parentKeys.next();
          i++;
          const value = this.#values.get(o);
          if (value === undefined ? this.parent.get(o) !== null : value !== null) yield o;
        } else {
          yield p.value;
          p = parentKeys.next();
        }
      }
    } finally {
      parentKeys.return?.();
    }
  }

  /** {@inheritDoc StateView.getKeysPaged} */
  getKeysPaged(prefix: HexString, count: number, startKey?: StorageKey): StorageKey[] {
    return takeKeys(this.keys(prefix, startKey), count);
  }

  /** Opens a (nested) transaction. */
  begin(): void {
    this.#journals.push(new Map());
  }

  /**
   * Keeps the innermost transaction's writes.
   *
   * @throws {StorageError} `CHAIN_STORAGE_NO_TRANSACTION` when none is open.
   */
  commit(): void {
    const journal = this.#popJournal('commit');
    const outer = this.#journals[this.#journals.length - 1];
    if (outer === undefined) return;
    for (const [key, previous] of journal) if (!outer.has(key)) outer.set(key, previous);
  }

  /**
   * Undoes the innermost transaction's writes.
   *
   * @throws {StorageError} `CHAIN_STORAGE_NO_TRANSACTION` when none is open.
   */
  rollback(): void {
    const journal = this.#popJournal('rollback');
    for (const [key, previous] of journal) {
      if (previous === ABSENT) {
        this.#values.delete(key);
        this.#stale = true;
      } else {
        this.#values.set(key, previous);
      }
    }
  }

  /**
   * Runs `fn` in a transaction: committed when it returns, rolled back when it throws (and the
   * error rethrown). `fn` must be synchronous.
   *
   * @example
   * const fee = layer.transaction(() => chargeFee(layer, who));
   */
  transaction<T>(fn: () => T): T {
    this.begin();
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.rollback();
      throw error;
    }
    this.commit();
    return result;
  }

  /**
   * The net diff against the parent, sorted by key: each written key whose value differs from the
   * parent's. Includes writes of open transactions.
   *
   * @example
   * layer.changes(); // [['0x01', '0x2a'], ['0x02', null]]
   */
  changes(): StorageChange[] {
    const out: StorageChange[] = [];
    for (const key of this.#sortedKeys()) {
      const value = this.#values.get(key);
      if (value === undefined) continue;
      if (this.parent.get(key) !== value) out.push([key, value]);
    }
    return out;
  }

  #popJournal(operation: string): Map<StorageKey, JournalEntry> {
    const journal = this.#journals.pop();
    if (journal === undefined) {
      throw new StorageError('CHAIN_STORAGE_NO_TRANSACTION', `${operation}() without an open transaction`);
    }
    return journal;
  }

  #sortedKeys(): StorageKey[] {
    if (this.#stale) {
      this.#sorted = this.#sorted.filter((key) => this.#values.has(key));
      this.#pending = this.#pending.filter((key) => this.#values.has(key));
      this.#stale = false;
    }
    if (this.#pending.length > 0) {
      this.#sorted = mergeSorted(this.#sorted, this.#pending) as StorageKey[];
      this.#pending = [];
    }
    return this.#sorted;
  }
}

/**
 * The first `count` keys of an iterator, closing it after.
 *
 * @example
 * takeKeys(view.keys('0x'), 10);
 */
export function takeKeys(keys: IterableIterator<StorageKey>, count: number): StorageKey[] {
  const out: StorageKey[] = [];
  if (count <= 0) return out;
  for (const key of keys) {
    out.push(key);
    if (out.length >= count) break;
  }
  return out;
}
