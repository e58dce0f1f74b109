/**
 * The scenario a Yuma simulation runs: validators with a strategy, miners with a true quality,
 * and the subnet hyperparameters, optionally in several variants compared side by side.
 */

/** How a validator derives its weights each epoch. */
export type Strategy = 'honest' | 'copier' | 'colluder' | 'lazy' | 'random';

/** The strategies a scenario may name. */
export const STRATEGIES: readonly Strategy[] = ['honest', 'copier', 'colluder', 'lazy', 'random'];

/** One validator. */
export interface ValidatorSpec {
  readonly name: string;
  /** Alpha stake in rao-free units (any positive number; only ratios matter). */
  readonly stake: number;
  readonly strategy: Strategy;
  /** `honest` / `lazy`: standard deviation of the noise added to true quality. Default 0.05. */
  readonly noise?: number;
  /** `colluder`: the miner (by name) that gets all of its weight. */
  readonly target?: string;
  /** `lazy`: sets weights only every `every` epochs. Default 5. */
  readonly every?: number;
}

/** One miner. */
export interface MinerSpec {
  readonly name: string;
  /** True quality in [0, 1]. */
  readonly quality: number;
  /** Epoch at which it registers. Default 0. */
  readonly registerAt?: number;
  /** Epoch at which it deregisters (no longer served or scored). Default never. */
  readonly deregisterAt?: number;
}

/** Hyperparameters, in user units (fractions in [0, 1], not u16). */
export interface ScenarioParams {
  /** Consensus majority. Default 0.5. */
  readonly kappa?: number;
  /** Bond EMA factor. Default 0.9. */
  readonly bondsMovingAverage?: number;
  /** Bonds penalty. Default 1. */
  readonly bondsPenalty?: number;
  /** Yuma3 bonds. Default false. */
  readonly yuma3?: boolean;
  /** Liquid alpha (Yuma3). Default false. */
  readonly liquidAlpha?: boolean;
  /** Liquid alpha bounds. Defaults 0.7 and 0.9. */
  readonly alphaLow?: number;
  readonly alphaHigh?: number;
  /** Commit-reveal delay in epochs; 0 turns commit-reveal off. Default 0. */
  readonly commitRevealDelay?: number;
  /** Activity cutoff in epochs. Default 14 (≈ 5,000 blocks at tempo 360). */
  readonly activityCutoffEpochs?: number;
}

/** A named set of parameter overrides run alongside the base. */
export interface ScenarioVariant {
  readonly name: string;
  readonly params: ScenarioParams;
}

/** A complete simulation scenario, as read from `scenario.json`. */
export interface Scenario {
  readonly name: string;
  readonly question?: string;
  /** Number of epochs to run. */
  readonly epochs: number;
  /** PRNG seed. Default 1. */
  readonly seed?: number;
  /** Blocks per epoch. Default 360. */
  readonly tempo?: number;
  /** Per-epoch standard deviation of a random walk on every miner's quality. Default 0. */
  readonly qualityDrift?: number;
  /**
   * Every this many epochs the miners' qualities rotate by one (each miner takes the quality of the next, the last
   * the first's), so weights computed before a rotation are wrong after it. Default never.
   */
  readonly qualityRotateEvery?: number;
  readonly params?: ScenarioParams;
  /** Variants to compare; when absent the base params run once as `base`. */
  readonly variants?: readonly ScenarioVariant[];
  readonly validators: readonly ValidatorSpec[];
  readonly miners: readonly MinerSpec[];
}
