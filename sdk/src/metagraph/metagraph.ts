/**
 * An axon as a neuron served it (`AxonInfo`): where to reach the miner or validator. Unserved neurons have
 * `ip` `'0.0.0.0'`, `port` 0 and `block` 0.
 *
 * @example
 * const { ip, port }: AxonInfo = metagraph.axons[uid];
 * const url = `http://${ip}:${port}`;
 */
export type AxonInfo = {
  /** The block at which the axon was last served. */
  block: number;
  /** The version the neuron announced (`bittensor.__version_as_int__` for Python neurons). */
  version: number;
  /** The address as text (dotted quad, or RFC 5952 for IPv6). */
  ip: string;
  port: number;
  /** 4 or 6 (0 when never served). */
  ipType: number;
  /** The protocol byte the neuron announced (4 = TCP in Bittensor). */
  protocol: number;
};

/**
 * The hyperparameters a `get_metagraph` snapshot carries (v3.4.9's `Metagraph`). u16 fractions are raw
 * (`kappa`, `maxWeightsLimit`, `alphaHigh`, `alphaLow` out of 65535); balances are in rao.
 *
 * @example
 * const { tempo, weightsVersion, weightsRateLimit }: MetagraphHyperparameters = metagraph.hyperparameters;
 */
export type MetagraphHyperparameters = {
  tempo: number;
  rho: number;
  kappa: number;
  minAllowedWeights: number;
  maxWeightsLimit: number;
  weightsVersion: number;
  weightsRateLimit: number;
  activityCutoff: number;
  maxValidators: number;
  maxUids: number;
  burn: bigint;
  difficulty: bigint;
  registrationAllowed: boolean;
  powRegistrationAllowed: boolean;
  immunityPeriod: number;
  minDifficulty: bigint;
  maxDifficulty: bigint;
  minBurn: bigint;
  maxBurn: bigint;
  /** u64 where u64::MAX is 1.0. */
  adjustmentAlpha: bigint;
  adjustmentInterval: number;
  targetRegsPerInterval: number;
  maxRegsPerBlock: number;
  servingRateLimit: number;
  commitRevealWeightsEnabled: boolean;
  commitRevealPeriod: number;
  liquidAlphaEnabled: boolean;
  alphaHigh: number;
  alphaLow: number;
  bondsMovingAvg: number;
};

/**
 * Stake per uid. The `Float64Array`s are in token units (rao / 1e9) for arithmetic; the `BigUint64Array`s are the
 * exact rao the chain holds, for anything that must add up (payouts, comparisons with storage).
 * `alpha` is the hotkey's alpha on this subnet (`TotalHotkeyAlpha`), `tao` its root TAO weighted by `TaoWeight`,
 * `total` their sum — the stake Yuma uses, as Bittensor's `metagraph.S`.
 *
 * @example
 * const topStake = Math.max(...metagraph.stake.total);
 * const exactAlpha: bigint = metagraph.stake.alphaRao[uid];
 */
export type MetagraphStake = {
  alpha: Float64Array;
  tao: Float64Array;
  total: Float64Array;
  alphaRao: BigUint64Array;
  taoRao: BigUint64Array;
  totalRao: BigUint64Array;
};

/**
 * One row per uid of a sparse u16 matrix (weights or bonds as stored on chain, zero entries left out):
 * `rows[uid].uids[k]` → `rows[uid].values[k]`. Values are raw u16 (weights are max-upscaled to 65535 by the chain;
 * divide by the row sum to normalize).
 *
 * @example
 * const row = metagraph.weights![validatorUid];
 * for (let k = 0; k < row.uids.length; k++) console.log(row.uids[k], row.values[k]);
 */
export type SparseRows = ReadonlyArray<{ readonly uids: Uint16Array; readonly values: Uint16Array }>;

/**
 * A block-stamped snapshot of a subnet: every per-neuron array is indexed by uid and has length `n`.
 * Scores (`incentive`, `dividends`, `consensus`, `validatorTrust`) are the chain's u16 values divided by 65535;
 * `emission` and dividends are in alpha units (rao / 1e9); booleans are `Uint8Array`s of 0/1.
 *
 * @example
 * const metagraph: Metagraph = await getMetagraph(client, { netuid: 1 });
 * const validators = [...metagraph.uids].filter((uid) => metagraph.validatorPermit[uid]);
 */
export type Metagraph = {
  netuid: number;
  /** The block this snapshot is of. */
  block: number;
  blockHash: `0x${string}`;
  /** Number of neurons (`SubnetworkN`). */
  n: number;
  name: string;
  symbol: string;
  networkRegisteredAt: number;
  ownerHotkey: string;
  ownerColdkey: string;
  /** The block of the subnet's last epoch. */
  lastStep: number;
  blocksSinceLastStep: number;
  hyperparameters: MetagraphHyperparameters;
  /** The subnet's pool (rao) and its price in TAO per alpha. */
  pool: { alphaIn: bigint; alphaOut: bigint; taoIn: bigint; subnetVolume: bigint; movingPrice: number };
  /** Per-block emission into the subnet and the pending amounts for its next epoch (rao). */
  emissions: {
    subnet: bigint;
    alphaOut: bigint;
    alphaIn: bigint;
    taoIn: bigint;
    pendingAlpha: bigint;
    pendingRoot: bigint;
  };
  uids: Uint16Array;
  /** SS58 (prefix 42). */
  hotkeys: string[];
  /** SS58 (prefix 42): the owner of each hotkey. */
  coldkeys: string[];
  axons: AxonInfo[];
  active: Uint8Array;
  validatorPermit: Uint8Array;
  lastUpdate: Float64Array;
  blockAtRegistration: Float64Array;
  emission: Float64Array;
  incentive: Float64Array;
  dividends: Float64Array;
  consensus: Float64Array;
  validatorTrust: Float64Array;
  stake: MetagraphStake;
  /** Alpha dividends per hotkey from the last epoch (`AlphaDividendsPerSubnet`, alpha units). */
  alphaDividends: Float64Array;
  /** TAO dividends per hotkey (TAO units). */
  taoDividends: Float64Array;
  /** Present when requested with `weights: true`. */
  weights?: SparseRows;
  /** Present when requested with `bonds: true`. */
  bonds?: SparseRows;
};
