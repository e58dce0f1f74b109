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
};

/**
 * What a weights extrinsic did. `ok` carries the block it landed in; every refusal has its own kind so the validator
 * (and its metrics) can tell waiting from failing.
 *
 * @example
 * const outcome: WeightsOutcome = { kind: 'rate-limited', nextBlock: 130 };
 */
export type WeightsOutcome =
  | { kind: 'ok'; block: number; blockHash: string }
  | { kind: 'rate-limited'; nextBlock: number | undefined }
  | { kind: 'no-permit' }
  | { kind: 'bad-version-key'; required: bigint | undefined }
  | { kind: 'not-registered' }
  | { kind: 'reveal-too-early' }
  | { kind: 'commit-expired' }
  | { kind: 'failed'; error: string };

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
  commitWeights(parameters: { netuid: number; hash: string }): Promise<WeightsOutcome>;
  revealWeights(parameters: {
    netuid: number;
    uids: number[];
    values: number[];
    salt: number[];
    versionKey: bigint;
  }): Promise<WeightsOutcome>;
}
