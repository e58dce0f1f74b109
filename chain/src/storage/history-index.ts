/**
 * An in-memory index of the undo records of recent blocks: for any key, the value it had before
 * each recent block that changed it. Makes reads at a past block one map lookup.
 */
import { mergeSorted, scanStart } from './sorted-keys.js';
import type { HexString, StorageChange, StorageKey, StorageValue } from './types.js';

/** Per key: block numbers that changed it (ascending) and the value before each. */
interface KeyHistory {
  blocks: number[];
  before: (StorageValue | null)[];
}

/**
 * Undo records of the blocks in the history window, indexed by key. Blocks are added at the top
 * (commit), removed at the top (revert) or at the bottom (pruning), always in order.
 *
 * @example
 * const index = new HistoryIndex();
 * index.push(5, [['0x01', null]]); // block 5 created 0x01
 * index.lookup('0x01', 4); // { value: null }: absent at block 4
 * index.lookup('0x01', 5); // undefined: unchanged since block 5, read the head state
 */
export class HistoryIndex {
  readonly #byKey = new Map<StorageKey, KeyHistory>();
  #sorted: StorageKey[] = [];
  #pending: StorageKey[] = [];
  #stale = false;

  /** Adds block `number`'s undo record; `number` must be above every indexed block. */
  push(number: number, undo: readonly StorageChange[]): void {
    for (const [key, before] of undo) {
      let history = this.#byKey.get(key);
      if (history === undefined) {
        history = { blocks: [], before: [] };
        this.#byKey.set(key, history);
        this.#pending.push(key);
      }
      history.blocks.push(number);
      history.before.push(before);
    }
  }

  /** Removes block `number`'s record, the newest indexed block (a revert). */
  pop(number: number, undo: readonly StorageChange[]): void {
    for (const [key] of undo) {
      const history = this.#byKey.get(key);
      if (history === undefined || history.blocks[history.blocks.length - 1] !== number) continue;
      history.blocks.pop();
      history.before.pop();
      if (history.blocks.length === 0) this.#drop(key);
    }
  }

  /** Removes block `number`'s record, the oldest indexed block (pruning). */
  shift(number: number, undo: readonly StorageChange[]): void {
    for (const [key] of undo) {
      const history = this.#byKey.get(key);
      if (history === undefined || history.blocks[0] !== number) continue;
      history.blocks.shift();
      history.before.shift();
      if (history.blocks.length === 0) this.#drop(key);
    }
  }

  /**
   * The value of `key` after block `number`, if some later indexed block changed it
   * (`{ value }`), or `undefined` when no later block did (the head state has it).
   */
  lookup(key: StorageKey, number: number): { value: StorageValue | null } | undefined {
    const history = this.#byKey.get(key);
    if (history === undefined) return undefined;
    const { blocks } = history;
    if ((blocks[blocks.length - 1] as number) <= number) return undefined;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((blocks[mid] as number) > number) hi = mid;
      else lo = mid + 1;
    }
    return { value: history.before[lo] as StorageValue | null };
  }

  /** Whether some indexed block changed `key`. */
  has(key: StorageKey): boolean {
    return this.#byKey.has(key);
  }

  /** Indexed keys under `prefix`, strictly after `startKey`, ascending (a snapshot). */
  *keys(prefix: HexString, startKey?: StorageKey): IterableIterator<StorageKey> {
    const sorted = this.#sortedKeys();
    for (let i = scanStart(sorted, prefix, startKey); i < sorted.length; i++) {
      const key = sorted[i] as StorageKey;
      if (!key.startsWith(prefix)) return;
      yield key;
    }
  }

  #drop(key: StorageKey): void {
    this.#byKey.delete(key);
    this.#stale = true;
  }

  #sortedKeys(): StorageKey[] {
    if (this.#stale) {
      this.#sorted = this.#sorted.filter((key) => this.#byKey.has(key));
      this.#pending = this.#pending.filter((key) => this.#byKey.has(key));
      this.#stale = false;
    }
    if (this.#pending.length > 0) {
      this.#sorted = mergeSorted(this.#sorted, this.#pending) as StorageKey[];
      this.#pending = [];
    }
    return this.#sorted;
  }
}
