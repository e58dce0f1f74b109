import type { Metagraph } from '@subnetkit/sdk';
import type { ModelName } from '@subnetkit/subnet-template';

/** One miner of the demo at a block. Scores are in [0, 1]; amounts in alpha (rao / 1e9). */
export type DemoMinerState = {
  uid: number;
  hotkey: string;
  model: ModelName;
  /**
   * The model's accuracy on the 2,000 held-out digits augmented as validators' challenges are (the template's
   * `augmentedAccuracy`): the distribution validators score.
   */
  accuracy: number;
  /** The validators' moving-average score of this miner (accuracy with a small latency term), averaged over them. */
  score: number;
  /** Incentive from the last epoch. */
  incentive: number;
  /** Alpha this miner's hotkey received since the demo started. */
  emission: number;
};

/** One validator of the demo at a block. */
export type DemoValidatorState = {
  uid: number;
  hotkey: string;
  /** Stake as Yuma sees it (alpha + weighted root TAO). */
  stake: number;
  validatorPermit: boolean;
  validatorTrust: number;
  /** Alpha this hotkey received since the demo started (dividends, staked on the hotkey). */
  emission: number;
};

/** The demo network at a block: what the live view, the summary and the dashboard show. */
export type DemoState = {
  block: number;
  netuid: number;
  tempo: number;
  /** Epochs that ran since the demo started. */
  epochs: number;
  blocksUntilEpoch: number;
  miners: DemoMinerState[];
  validators: DemoValidatorState[];
};

/** A neuron the state follows: its hotkey, and for miners the model and its accuracy. */
export type TrackedMiner = { hotkey: string; model: ModelName; accuracy: number };

/** What {@link buildDemoState} needs besides the metagraph. */
export type BuildDemoStateParameters = {
  miners: readonly TrackedMiner[];
  validators: readonly string[];
  /** Alpha of each hotkey when the demo started (absent = 0). */
  baseline: ReadonlyMap<string, number>;
  /** Each miner's moving-average score per validator. */
  scores: ReadonlyArray<ReadonlyMap<string, number>>;
  epochs: number;
  blocksUntilEpoch: number;
};

/**
 * The demo's state from one metagraph snapshot: rows by hotkey (so a uid change cannot mix up miners), emission
 * as alpha gained since `baseline`. A hotkey missing from the metagraph gets uid −1 and zeros.
 *
 * @example
 * const state = buildDemoState(metagraph, { miners, validators, baseline, scores: [], epochs: 0, blocksUntilEpoch: 7 });
 */
export function buildDemoState(metagraph: Metagraph, parameters: BuildDemoStateParameters): DemoState {
  const { baseline } = parameters;
  const at = (hotkey: string) => {
    const uid = metagraph.hotkeys.indexOf(hotkey);
    const alpha = uid < 0 ? 0 : metagraph.stake.alpha[uid];
    return { uid, alpha, gained: Math.max(0, alpha - (baseline.get(hotkey) ?? 0)) };
  };
  const meanScore = (hotkey: string) => {
    const known = parameters.scores.map((table) => table.get(hotkey) ?? 0);
    return known.length === 0 ? 0 : known.reduce((sum, s) => sum + s, 0) / known.length;
  };
  return {
    block: metagraph.block,
    netuid: metagraph.netuid,
    tempo: metagraph.hyperparameters.tempo,
    epochs: parameters.epochs,
    blocksUntilEpoch: parameters.blocksUntilEpoch,
    miners: parameters.miners.map(({ hotkey, model, accuracy }) => {
      const { uid, gained } = at(hotkey);
      return {
        uid,
        hotkey,
        model,
        accuracy,
        score: meanScore(hotkey),
        incentive: uid < 0 ? 0 : metagraph.incentive[uid],
        emission: gained,
      };
    }),
    validators: parameters.validators.map((hotkey) => {
      const { uid, gained } = at(hotkey);
      return {
        uid,
        hotkey,
        stake: uid < 0 ? 0 : metagraph.stake.total[uid],
        validatorPermit: uid >= 0 && metagraph.validatorPermit[uid] === 1,
        validatorTrust: uid < 0 ? 0 : metagraph.validatorTrust[uid],
        emission: gained,
      };
    }),
  };
}
