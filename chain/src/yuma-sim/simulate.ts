/**
 * Runs a scenario through the exact Yuma module epoch after epoch, carrying bonds, permits,
 * last_update and block_at_registration forward as the chain stores them.
 */
import { epoch as yumaEpoch } from '../yuma/epoch.js';
import { vec_u16_max_upscale_to_u16 } from '../yuma/math/upscale.js';
import type { EpochInput, EpochOutput, EpochParams, SparseRowU16 } from '../yuma/types.js';
import { createPrng } from './prng.js';
import type { Scenario, ScenarioParams, Strategy } from './scenario.js';
import { strategyWeights } from './strategy-weights.js';

/** One uid of the simulated subnet: validators first, then miners, in scenario order. */
export interface SimNeuron {
  readonly uid: number;
  readonly name: string;
  readonly role: 'validator' | 'miner';
  /** The validator's strategy; absent for miners. */
  readonly strategy?: Strategy;
  /** Validator stake as given in the scenario; 0 for miners. */
  readonly stake: number;
}

/** One simulated epoch: what went into the Yuma module and what came out. */
export interface SimEpoch {
  readonly epoch: number;
  /** True quality per uid at this epoch (0 for validators and unregistered miners). */
  readonly quality: readonly number[];
  /** Whether each uid is a registered miner at this epoch. */
  readonly registered: readonly boolean[];
  readonly input: EpochInput;
  readonly output: EpochOutput;
}

/** All epochs of one variant. */
export interface VariantRun {
  readonly variant: string;
  readonly params: Required<ScenarioParams>;
  readonly epochs: readonly SimEpoch[];
}

/** The result of {@link simulate}. */
export interface SimulationResult {
  readonly scenario: Scenario;
  readonly neurons: readonly SimNeuron[];
  readonly runs: readonly VariantRun[];
}

/** Alpha emitted per epoch, in rao. */
export const RAO_PER_EPOCH = 1_000_000_000n;

const DEFAULT_PARAMS: Required<ScenarioParams> = {
  kappa: 0.5,
  bondsMovingAverage: 0.9,
  bondsPenalty: 1,
  yuma3: false,
  liquidAlpha: false,
  alphaLow: 0.7,
  alphaHigh: 0.9,
  commitRevealDelay: 0,
  activityCutoffEpochs: 14,
};

const u16 = (x: number): number => Math.round(x * 65_535);

/** Floats → a stored weights row: u16 max-upscaled as `set_weights` stores it; null when all zero. */
function toStoredRow(w: readonly number[]): SparseRowU16 | null {
  const max = Math.max(0, ...w);
  if (max <= 0) return null;
  const scaled = vec_u16_max_upscale_to_u16(w.map((x) => Math.round((x / max) * 65_535)));
  const uids: number[] = [];
  const values: number[] = [];
  scaled.forEach((v, j) => {
    if (v > 0) {
      uids.push(j);
      values.push(v);
    }
  });
  return { uids: Uint16Array.from(uids), values: Uint16Array.from(values) };
}

const EMPTY_ROW: SparseRowU16 = { uids: new Uint16Array(0), values: new Uint16Array(0) };

/**
 * What a weight copier sees on chain: the stored rows of every validator but `self`, each normalized to sum 1 as
 * Yuma reads it, averaged by stake; null when none is stored.
 */
function visibleWeights(
  weights: readonly SparseRowU16[],
  stakes: readonly number[],
  self: number,
  n: number,
): number[] | null {
  const sum = new Array<number>(n).fill(0);
  let seen = false;
  stakes.forEach((stake, v) => {
    const row = weights[v]!;
    if (v === self || row.uids.length === 0) return;
    seen = true;
    const total = row.values.reduce((a, b) => a + b, 0);
    row.uids.forEach((j, k) => {
      sum[j]! += (stake * row.values[k]!) / total;
    });
  });
  return seen ? sum : null;
}

/** Qualities after one rotation: each miner takes the next miner's quality, the last the first's. */
function rotateMiners(quality: readonly number[], nValidators: number): number[] {
  const miners = quality.slice(nValidators);
  return [...quality.slice(0, nValidators), ...miners.slice(1), ...miners.slice(0, 1)];
}

function epochParams(
  n: number,
  nValidators: number,
  tempo: bigint,
  p: Required<ScenarioParams>,
  last: bigint,
): EpochParams {
  return {
    n,
    tempo,
    kappa: u16(p.kappa),
    bondsPenalty: u16(p.bondsPenalty),
    bondsMovingAverage: BigInt(Math.round(p.bondsMovingAverage * 1_000_000)),
    yuma3: p.yuma3,
    liquidAlpha: p.liquidAlpha,
    alphaLow: u16(p.alphaLow),
    alphaHigh: u16(p.alphaHigh),
    alphaSigmoidSteepness: 1000,
    maxAllowedValidators: nValidators,
    stakeThreshold: 0n,
    ownerUid: null,
    // The reveal delay is modelled here (weights reach storage `delay` epochs late), so the module's
    // commit-block mask, which only concerns commits older than a registration, stays off.
    commitRevealEnabled: false,
    lastMechanismStepBlock: last,
    taoWeight: 0n,
    activityCutoffBlocks: BigInt(p.activityCutoffEpochs) * tempo,
  };
}

const isCopier = (scenario: Scenario, v: number): boolean => scenario.validators[v]!.strategy === 'copier';

function runVariant(
  scenario: Scenario,
  neurons: readonly SimNeuron[],
  variant: string,
  p: Required<ScenarioParams>,
): VariantRun {
  const rng = createPrng(scenario.seed ?? 1);
  const tempo = BigInt(scenario.tempo ?? 360);
  const nv = scenario.validators.length;
  const n = neurons.length;
  const blockOf = (e: number): bigint => BigInt(e + 1) * tempo;
  const drift = scenario.qualityDrift ?? 0;
  const rotateEvery = scenario.qualityRotateEvery ?? 0;
  const stakes = scenario.validators.map((v) => v.stake);
  // Copiers set their weights last, after the others' weights of the epoch are on chain (or committed).
  const order = scenario.validators
    .map((_, v) => v)
    .sort((a, b) => Number(isCopier(scenario, a)) - Number(isCopier(scenario, b)));
  let quality = neurons.map((x) => (x.role === 'miner' ? scenario.miners[x.uid - nv]!.quality : 0));
  const blockAtRegistration = neurons.map((x) =>
    x.role === 'miner' ? blockOf(scenario.miners[x.uid - nv]!.registerAt ?? 0) - tempo / 2n : 0n,
  );
  const lastUpdate = [...blockAtRegistration];
  let permits = neurons.map((x) => x.role === 'validator');
  let bonds: SparseRowU16[] = neurons.map(() => EMPTY_ROW);
  const weights: SparseRowU16[] = neurons.map(() => EMPTY_ROW);
  const pending: { reveal: number; row: SparseRowU16 }[][] = neurons.map(() => []);
  const stakeAlpha = neurons.map((x) => BigInt(Math.round(x.stake * 1e9)));
  const targets = scenario.validators.map((v) =>
    v.target === undefined ? null : nv + scenario.miners.findIndex((m) => m.name === v.target),
  );
  const epochs: SimEpoch[] = [];
  let last = 0n;
  for (let e = 0; e < scenario.epochs; e++) {
    const block = blockOf(e);
    const registered = neurons.map((x) => {
      if (x.role !== 'miner') return false;
      const m = scenario.miners[x.uid - nv]!;
      return e >= (m.registerAt ?? 0) && (m.deregisterAt === undefined || e < m.deregisterAt);
    });
    if (drift > 0 && e > 0)
      quality = quality.map((q, j) =>
        neurons[j]!.role === 'miner' ? Math.min(1, Math.max(0, q + drift * rng.normal())) : 0,
      );
    if (rotateEvery > 0 && e > 0 && e % rotateEvery === 0) quality = rotateMiners(quality, nv);
    const visibleQuality = quality.map((q, j) => (registered[j] ? q : 0));
    for (const v of order) {
      const spec = scenario.validators[v]!;
      const view = {
        quality: visibleQuality,
        miner: registered,
        visibleWeights: isCopier(scenario, v) ? visibleWeights(weights, stakes, v, n) : null,
        targetUid: targets[v] ?? null,
      };
      const intended = strategyWeights(spec, e, view, rng);
      const row = intended === null ? null : toStoredRow(intended);
      if (row !== null) pending[v]!.push({ reveal: e + p.commitRevealDelay, row });
      const queue = pending[v]!;
      while (queue.length > 0 && queue[0]!.reveal <= e) {
        weights[v] = queue.shift()!.row;
        lastUpdate[v] = block - 1n;
      }
    }
    const input: EpochInput = {
      params: epochParams(n, nv, tempo, p, last),
      block,
      raoEmission: RAO_PER_EPOCH,
      state: {
        stakeAlpha,
        lastUpdate: [...lastUpdate],
        blockAtRegistration: [...blockAtRegistration],
        validatorPermit: [...permits],
        weights: [...weights],
        bonds: [...bonds],
      },
    };
    const output = yumaEpoch(input);
    epochs.push({ epoch: e, quality: visibleQuality, registered, input, output });
    bonds = output.bonds;
    permits = output.newValidatorPermit;
    last = block;
  }
  return { variant, params: p, epochs };
}

/**
 * Runs every variant of a scenario for `scenario.epochs` epochs. Pure and deterministic: the same
 * scenario (and seed) gives the same result; every variant sees the same random draws.
 *
 * @example
 * ```ts
 * const result = simulate(validateScenario(JSON.parse(text)));
 * result.runs[0].epochs.at(-1)?.output.incentive;
 * ```
 */
export function simulate(scenario: Scenario): SimulationResult {
  const neurons: SimNeuron[] = [
    ...scenario.validators.map((v, i) => ({
      uid: i,
      name: v.name,
      role: 'validator' as const,
      strategy: v.strategy,
      stake: v.stake,
    })),
    ...scenario.miners.map((m, i) => ({
      uid: scenario.validators.length + i,
      name: m.name,
      role: 'miner' as const,
      stake: 0,
    })),
  ];
  const base = { ...DEFAULT_PARAMS, ...scenario.params };
  const variants = scenario.variants ?? [{ name: 'base', params: {} }];
  const runs = variants.map((v) => runVariant(scenario, neurons, v.name, { ...base, ...v.params }));
  return { scenario, neurons, runs };
}
