/**
 * A weight commit waiting for its reveal (commit-reveal subnets). Persisted, so a restarted validator still reveals.
 *
 * @example
 * const pending: PendingCommit = { hash, uids: [1, 2], values: [65535, 1200], salt: [7, 9], versionKey: '0', commitBlock: 120, commitEpoch: 11 };
 */
export type PendingCommit = {
  hash: string;
  uids: number[];
  values: number[];
  salt: number[];
  /** u64 as a decimal string. */
  versionKey: string;
  commitBlock: number;
  /** The subnet's epoch index the chain recorded the commit under. */
  commitEpoch: number;
};

/**
 * Everything a validator must not lose on a restart.
 *
 * @example
 * const state: ValidatorState = { netuid: 1, hotkey: signer.address, step: 0, scores: new Map(), lastWeightsBlock: null, pendingCommit: null };
 */
export type ValidatorState = {
  netuid: number;
  /** The validator's hotkey: a store written by another hotkey is refused. */
  hotkey: string;
  /** One past the number of the last completed step: the next step's number after a restart. */
  step: number;
  /** Moving-average scores by miner hotkey. */
  scores: ReadonlyMap<string, number>;
  /** Block of the last accepted set_weights (or reveal), or null if none yet. */
  lastWeightsBlock: number | null;
  pendingCommit: PendingCommit | null;
};

/**
 * Where a validator keeps its {@link ValidatorState}. `save` must be atomic: after a crash at any instant, `load`
 * returns either the previous or the new state, never a mix or a torn file.
 *
 * @example
 * const store: ScoreStore = createFileScoreStore({ path: '/var/lib/validator/state.json' });
 */
export interface ScoreStore {
  load(): Promise<ValidatorState | undefined>;
  save(state: ValidatorState): Promise<void>;
}
