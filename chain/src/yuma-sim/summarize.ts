/**
 * Condenses a simulation into shares: each strategy's emission vs stake, each miner's emission by quality.
 */
import type { SimulationResult, VariantRun } from './simulate.js';

/** Emission of one strategy (all validators using it), over all epochs. */
export interface StrategySummary {
  readonly strategy: string;
  readonly validators: number;
  /** Share of total validator stake. */
  readonly stakeShare: number;
  /** Share of all validator emission (dividends). */
  readonly dividendShare: number;
  /** dividendShare / stakeShare: 1 means paid exactly in proportion to stake. */
  readonly dividendPerStake: number;
  /** Share of total emission (miners' and validators'). */
  readonly emissionShare: number;
}

/** Emission of one miner, over all epochs. */
export interface MinerSummary {
  readonly name: string;
  /** Mean true quality over the epochs it was registered. */
  readonly meanQuality: number;
  /** Share of all miner emission (incentive). */
  readonly incentiveShare: number;
  /** First epoch at which it had the highest incentive of all miners, or null. */
  readonly firstTopEpoch: number | null;
  /** First epoch at which validators' bonds toward it (summed, as stored) were the highest of all miners, or null. */
  readonly firstTopBondEpoch: number | null;
}

/** Summary of one variant. */
export interface VariantSummary {
  readonly variant: string;
  readonly strategies: readonly StrategySummary[];
  readonly miners: readonly MinerSummary[];
}

/** Summary of a whole simulation, the shape committed under `docs/scenarios/expected/`. */
export interface SimulationSummary {
  readonly scenario: string;
  readonly epochs: number;
  readonly variants: readonly VariantSummary[];
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const share = (part: bigint, total: bigint): number =>
  total === 0n ? 0 : round(Number((part * 1_000_000_000n) / total) / 1e9);

function summarizeRun(result: SimulationResult, run: VariantRun): VariantSummary {
  const { neurons } = result;
  const serverTotals = neurons.map(() => 0n);
  const validatorTotals = neurons.map(() => 0n);
  const firstTop = neurons.map((): number | null => null);
  const firstTopBond = neurons.map((): number | null => null);
  const qualitySum = neurons.map(() => 0);
  const registeredEpochs = neurons.map(() => 0);
  for (const ep of run.epochs) {
    let best = -1;
    let bestUid = -1;
    neurons.forEach((x, j) => {
      serverTotals[j]! += ep.output.serverEmission[j] ?? 0n;
      validatorTotals[j]! += ep.output.validatorEmission[j] ?? 0n;
      if (x.role === 'miner' && ep.registered[j]) {
        qualitySum[j]! += ep.quality[j] ?? 0;
        registeredEpochs[j]! += 1;
        const inc = ep.output.incentive[j] ?? 0;
        if (inc > best) {
          best = inc;
          bestUid = j;
        }
      }
    });
    if (bestUid >= 0 && best > 0 && firstTop[bestUid] === null) firstTop[bestUid] = ep.epoch;
    const bondTotals = neurons.map(() => 0);
    for (const row of ep.output.bonds) {
      row.uids.forEach((j, k) => {
        bondTotals[j]! += row.values[k] ?? 0;
      });
    }
    let bestBond = 0;
    let bestBondUid = -1;
    neurons.forEach((x, j) => {
      if (x.role === 'miner' && ep.registered[j] && bondTotals[j]! > bestBond) {
        bestBond = bondTotals[j]!;
        bestBondUid = j;
      }
    });
    if (bestBondUid >= 0 && firstTopBond[bestBondUid] === null) firstTopBond[bestBondUid] = ep.epoch;
  }
  const sumOf = (xs: bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
  const totalServer = sumOf(serverTotals);
  const totalValidator = sumOf(validatorTotals);
  const total = totalServer + totalValidator;
  const totalStake = neurons.reduce((a, x) => a + x.stake, 0);
  const strategies: StrategySummary[] = [];
  for (const strategy of new Set(neurons.flatMap((x) => (x.strategy ? [x.strategy] : [])))) {
    const members = neurons.filter((x) => x.strategy === strategy);
    const stakeShare = round(members.reduce((a, x) => a + x.stake, 0) / totalStake);
    const dividends = sumOf(members.map((x) => validatorTotals[x.uid]!));
    const emission = sumOf(members.map((x) => validatorTotals[x.uid]! + serverTotals[x.uid]!));
    const dividendShare = share(dividends, totalValidator);
    strategies.push({
      strategy,
      validators: members.length,
      stakeShare,
      dividendShare,
      dividendPerStake: round(dividendShare / stakeShare),
      emissionShare: share(emission, total),
    });
  }
  const miners = neurons
    .filter((x) => x.role === 'miner')
    .map((x) => ({
      name: x.name,
      meanQuality: registeredEpochs[x.uid]! > 0 ? round(qualitySum[x.uid]! / registeredEpochs[x.uid]!) : 0,
      incentiveShare: share(serverTotals[x.uid]!, totalServer),
      firstTopEpoch: firstTop[x.uid] ?? null,
      firstTopBondEpoch: firstTopBond[x.uid] ?? null,
    }));
  return { variant: run.variant, strategies, miners };
}

/**
 * Summarizes every variant of a simulation. Shares are rounded to 6 decimals so the JSON is stable.
 *
 * @example
 * ```ts
 * const summary = summarize(simulate(scenario));
 * summary.variants[0].strategies; // [{ strategy: 'honest', stakeShare, dividendShare, … }]
 * ```
 */
export function summarize(result: SimulationResult): SimulationSummary {
  return {
    scenario: result.scenario.name,
    epochs: result.scenario.epochs,
    variants: result.runs.map((run) => summarizeRun(result, run)),
  };
}
