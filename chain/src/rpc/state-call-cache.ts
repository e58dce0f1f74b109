/**
 * Recent large `state_call` answers, per block hash, method and arguments. A block's state never changes
 * and the block hash commits to it, so an answer built once stays right for that hash; a metagraph of
 * 4,096 uids takes tens of milliseconds to build and is asked for by every neuron watching the subnet.
 */

/** Answers shorter than this many hex characters (64 KiB of SCALE) are cheaper to rebuild than to keep. */
const MIN_CACHED_HEX = 2 * 64 * 1024;
/** How many answers are kept (least recently used goes first). */
const DEFAULT_CAPACITY = 8;

/**
 * A small LRU of `state_call` hex answers.
 *
 * @example
 * const cache = new StateCallCache();
 * const hex = cache.get(hash, method, data) ?? cache.put(hash, method, data, build());
 */
export class StateCallCache {
  readonly #entries = new Map<string, string>();
  readonly #capacity: number;

  constructor(capacity = DEFAULT_CAPACITY) {
    this.#capacity = capacity;
  }

  /** The answer kept for this call at this block, if any. */
  get(hash: string, method: string, data: string): string | undefined {
    const id = callId(hash, method, data);
    const hex = this.#entries.get(id);
    if (hex !== undefined) {
      this.#entries.delete(id);
      this.#entries.set(id, hex);
    }
    return hex;
  }

  /** Keeps `hex` when it is large enough to be worth it; returns it. */
  put(hash: string, method: string, data: string, hex: string): string {
    if (hex.length < MIN_CACHED_HEX) return hex;
    this.#entries.set(callId(hash, method, data), hex);
    const oldest = this.#entries.keys().next();
    if (this.#entries.size > this.#capacity && !oldest.done) this.#entries.delete(oldest.value);
    return hex;
  }

  /** Number of answers kept. */
  get size(): number {
    return this.#entries.size;
  }
}

function callId(hash: string, method: string, data: string): string {
  return `${hash.toLowerCase()}|${method}|${data.toLowerCase()}`;
}
