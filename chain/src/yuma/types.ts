/**
 * Inputs and outputs of one Yuma epoch, as the pallet reads them from storage and writes them back.
 *
 * Integers that are u64 on chain (blocks, stake, emission) are `bigint`; u16 values and uids are `number`.
 */

/**
 * One stored sparse row, as `Weights` and `Bonds` hold it (`Vec<(u16, u16)>`): `values[k]` is the
 * u16 entry toward uid `uids[k]`, in storage order.
 */
export interface SparseRowU16 {
  readonly uids: Uint16Array;
  readonly values: Uint16Array;
}

/** Subnet hyperparameters and chain state the epoch reads (subtensor storage names in brackets). */
export interface EpochParams {
  /** Number of uids [`SubnetworkN`]. */
  readonly n: number;
  /** Blocks per epoch [`Tempo`]. */
  readonly tempo: bigint;
  /** Consensus majority as a u16 fraction [`Kappa`], default 32_767. */
  readonly kappa: number;
  /** Share of the clip applied to weights used for bonds, u16 fraction [`BondsPenalty`], default 65_535. */
  readonly bondsPenalty: number;
  /** Bond EMA factor per 1e6 [`BondsMovingAverage`], default 900_000. */
  readonly bondsMovingAverage: bigint;
  /** Yuma3 bond path [`Yuma3On`]. */
  readonly yuma3: boolean;
  /** Liquid alpha (Yuma3 only) [`LiquidAlphaOn`]. */
  readonly liquidAlpha: boolean;
  /** Liquid alpha bounds, u16 fractions [`AlphaValues`], default (45_875, 58_982). */
  readonly alphaLow: number;
  readonly alphaHigh: number;
  /** Sigmoid steepness, i16 [`AlphaSigmoidSteepness`], default 1000. */
  readonly alphaSigmoidSteepness: number;
  /** Top-k stake holders that get a validator permit [`MaxAllowedValidators`]. */
  readonly maxAllowedValidators: number;
  /** Minimum stake to count as a validator, u64 [`StakeThreshold`]. */
  readonly stakeThreshold: bigint;
  /** Uid of the subnet owner hotkey, or null when unset. */
  readonly ownerUid: number | null;
  /** Commit-reveal column mask on [`CommitRevealWeightsEnabled`]. */
  readonly commitRevealEnabled: boolean;
  /** Block of the last successful epoch [`LastMechansimStepBlock`]; 0 when none. */
  readonly lastMechanismStepBlock: bigint;
  /** Root TAO weight as a u64 fraction of u64::MAX [`TaoWeight`]. */
  readonly taoWeight: bigint;
  /** Activity cutoff in blocks: max(1, ActivityCutoffFactorMilli × tempo / 1000). */
  readonly activityCutoffBlocks: bigint;
}

/** Per-uid state read at the start of the epoch. */
export interface EpochState {
  /** Alpha stake per uid in rao (`TotalHotkeyAlpha`, after inheritance). Length n. */
  readonly stakeAlpha: readonly bigint[];
  /** Root TAO stake per uid in rao, weighted by `taoWeight`. Length n; all zero when omitted. */
  readonly stakeTao?: readonly bigint[];
  /** `LastUpdate` per uid. Its length may differ from n, as storage allows. */
  readonly lastUpdate: readonly bigint[];
  /** `BlockAtRegistration` per uid. Length n. */
  readonly blockAtRegistration: readonly bigint[];
  /** Stored `ValidatorPermit` from the previous epoch. Missing entries count as no permit. */
  readonly validatorPermit: readonly boolean[];
  /** `Weights` rows per uid, as stored (max-upscaled u16). Length n. */
  readonly weights: readonly SparseRowU16[];
  /** `Bonds` rows per uid, as stored. Length n. */
  readonly bonds: readonly SparseRowU16[];
  /**
   * Block of each uid's oldest unexpired weight commit (commit-reveal), or null when it has none.
   * Only read when commit-reveal is on. Omitted means no commits.
   */
  readonly commitBlock?: readonly (bigint | null)[];
}

/** Everything one epoch needs. */
export interface EpochInput {
  readonly params: EpochParams;
  /** Current block number. */
  readonly block: bigint;
  /** Alpha to distribute this epoch, in rao. */
  readonly raoEmission: bigint;
  readonly state: EpochState;
}

/** Per-uid results, as subtensor stores them and hands them to the coinbase. */
export interface EpochOutput {
  readonly consensus: number[];
  readonly validatorTrust: number[];
  readonly incentive: number[];
  readonly dividends: number[];
  /** Miners' share of `raoEmission`, in rao. */
  readonly serverEmission: bigint[];
  /** Validators' share of `raoEmission`, in rao. */
  readonly validatorEmission: bigint[];
  /** `Emission` storage: the combined share, for display. */
  readonly emission: bigint[];
  /** `ValidatorPermit` for the next epoch. */
  readonly newValidatorPermit: boolean[];
  readonly active: boolean[];
  /** `StakeWeight`: normalized stake as u16. */
  readonly stakeWeight: number[];
  /** `Bonds` rows to store per uid (empty for uids without a new permit). */
  readonly bonds: SparseRowU16[];
  /** Raw total stake per uid (floor of alpha + weighted TAO). */
  readonly stake: bigint[];
}
