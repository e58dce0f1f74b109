/**
 * The state interfaces the runtime needs. Keys and values are lowercase `0x`-hex strings (keys are
 * full Substrate storage keys, values raw SCALE); `null` is "absent". `storage/`'s `StorageLayer`
 * and `ChainDatabase.stateAt()` views satisfy them as they are.
 */

/** Read access to one block's state. */
export interface StateReader {
  get(key: string): string | null;
  /** Up to `count` keys starting with `prefix`, strictly greater than `startKey`, in byte order. */
  getKeysPaged(prefix: string, count: number, startKey?: string): string[];
}

/** Mutable state with nested transactions, as the runtime sees it while building a block. */
export interface StateOverlay extends StateReader {
  set(key: string, value: string | null): void;
  /** Opens a nested transaction layer. */
  begin(): void;
  /** Merges the innermost transaction layer into its parent. */
  commit(): void;
  /** Discards the innermost transaction layer. */
  rollback(): void;
}
