/**
 * A new best block.
 *
 * @example
 * const head: ChainHead = { number: 120, hash: '0x…' };
 */
export type ChainHead = { number: number; hash: string };

/**
 * One neuron as the validator needs it.
 *
 * @example
 * const neuron: NeuronView = { uid: 3, hotkey: '5F…', axon: { ip: '10.0.0.7', port: 8091 }, validatorPermit: false, lastUpdate: 0 };
 */
export type NeuronView = {
  uid: number;
  hotkey: string;
  /** Where the neuron serves; undefined when it never called serve_axon (or announced 0.0.0.0:0). */
  axon: { ip: string; port: number } | undefined;
  validatorPermit: boolean;
  /** Block of the neuron's last weights update (`LastUpdate`). */
  lastUpdate: number;
};

/**
 * The part of a subnet's metagraph a step reads, by uid (index = uid).
 *
 * @example
 * const metagraph: MetagraphView = { netuid: 1, block: 120, neurons };
 */
export type MetagraphView = { netuid: number; block: number; neurons: readonly NeuronView[] };

/**
 * The subnet hyperparameters that govern weights.
 *
 * @example
 * const settings: WeightsSettings = { tempo: 360, minAllowedWeights: 1, maxWeightLimit: 1, versionKey: 0n, weightsRateLimit: 100, commitRevealEnabled: false, revealPeriodEpochs: 1 };
 */
export type WeightsSettings = {
  tempo: number;
  minAllowedWeights: number;
  /** `MaxWeightsLimit / 65535`, a fraction. */
  maxWeightLimit: number;
  /** The subnet's `WeightsVersionKey`; weights are set with it. */
  versionKey: bigint;
  weightsRateLimit: number;
  commitRevealEnabled: boolean;
  revealPeriodEpochs: number;
  /**
   * `CommitRevealWeightsVersion`: 4 (subtensor's) means commit-reveal subnets take drand-timelocked CR-v4 commits
   * that the chain reveals itself; absent or lower, the validator commits and reveals CR-v2 hashes.
   */
  commitRevealVersion?: number;
};

/**
 * What a weights extrinsic did, named as the SDK and subtensor name it. `ok` carries the block it landed in;
 * `committed` a CR-v4 commit (where commit-reveal is on) with its drand round and the block the chain should reveal it;
 * `RateLimited` the first block that accepts weights again; `RevealTooEarly` means wait for the reveal epoch; every
 * other refusal is `Refused` with its name (`NoPermit`, `BadVersionKey`, `NotRegistered`, `ExpiredWeightCommit`,
 * `SDK_TX_STALE_NONCE`, …), so the validator and its metrics can tell waiting from failing.
 *
 * @example
 * const outcome: WeightsOutcome = { kind: 'Refused', reason: 'NoPermit' };
 */
export type WeightsOutcome =
  | { kind: 'ok'; block: number; blockHash: string }
  | { kind: 'committed'; block: number; blockHash: string; revealRound: bigint; expectedRevealBlock: number }
  | { kind: 'RateLimited'; nextBlock: number }
  | { kind: 'RevealTooEarly' }
  | { kind: 'Refused'; reason: string; detail?: string };

/**
 * The weights, salt and version key of a commit (hashed with `generateWeightHash`) and of its reveal.
 *
 * @example
 * const commit: WeightsCommitParameters = { netuid: 1, uids: [1, 2], values: [65535, 30000], salt: [1, 2, 3, 4, 5, 6, 7, 8], versionKey: 0n };
 */
export type WeightsCommitParameters = {
  netuid: number;
  uids: number[];
  values: number[];
  salt: number[];
  versionKey: bigint;
};

/**
 * The chain calls the validator loop makes: a narrow port, so the loop can be read (and tested) without the whole
 * client. `createSubtensorValidatorChain` implements it over the SDK's subtensor client; the signing hotkey is the
 * client's.
 *
 * @example
 * const chain: ValidatorChain = createSubtensorValidatorChain({ client, signer });
 */
export interface ValidatorChain {
  /** Calls `onHead` for every new best block until the returned function is called. */
  subscribeHeads(onHead: (head: ChainHead) => void): Promise<() => void>;
  getMetagraph(parameters: { netuid: number; blockHash?: string }): Promise<MetagraphView>;
  getWeightsSettings(parameters: { netuid: number }): Promise<WeightsSettings>;
  /** The subnet's epoch counter (`SubnetEpochIndex`) at a block (default best). */
  getEpochIndex(parameters: { netuid: number; blockHash?: string }): Promise<number>;
  setWeights(parameters: {
    netuid: number;
    uids: number[];
    values: number[];
    versionKey: bigint;
  }): Promise<WeightsOutcome>;
  commitWeights(parameters: WeightsCommitParameters): Promise<WeightsOutcome>;
  revealWeights(parameters: WeightsCommitParameters): Promise<WeightsOutcome>;
  /** How many of this hotkey's CR-v4 commits on `netuid` the chain has not revealed yet. */
  countTimelockedCommits(parameters: { netuid: number }): Promise<number>;
}
