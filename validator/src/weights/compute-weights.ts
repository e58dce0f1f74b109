import { convertWeightsAndUidsForEmit, processWeights } from '@subnetkit/sdk';
import type { MetagraphView, WeightsSettings } from '../chain/validator-chain.js';
import type { ScoreTable } from '../scores/score-table.js';

/**
 * Parameters of {@link computeWeights}.
 *
 * @example
 * const parameters: ComputeWeightsParameters = { scores, metagraph, settings, self: signer.address };
 */
export type ComputeWeightsParameters = {
  scores: ScoreTable;
  metagraph: MetagraphView;
  settings: Pick<WeightsSettings, 'minAllowedWeights' | 'maxWeightLimit'>;
  /** The validator's hotkey: its own uid gets no weight from its scores. */
  self: string;
};

/**
 * The weights to put on chain: each uid gets the score of the hotkey registered there now (0 for a hotkey never
 * scored), then the SDK's `processWeights` (min_allowed_weights, max_weight_limit, Bittensor semantics) and
 * `convertWeightsAndUidsForEmit` (u16, largest = 65535). Pure.
 *
 * @example
 * const { uids, values } = computeWeights({ scores, metagraph, settings, self: signer.address });
 */
export function computeWeights(parameters: ComputeWeightsParameters): { uids: number[]; values: number[] } {
  const { scores, metagraph, settings, self } = parameters;
  const uids = metagraph.neurons.map((n) => n.uid);
  const raw = metagraph.neurons.map((n) => (n.hotkey === self ? 0 : (scores.get(n.hotkey) ?? 0)));
  const processed = processWeights({
    uids,
    weights: raw,
    numNeurons: metagraph.neurons.length,
    minAllowedWeights: settings.minAllowedWeights,
    maxWeightLimit: settings.maxWeightLimit,
  });
  const { uids: emitUids, weights } = convertWeightsAndUidsForEmit({
    uids: Array.from(processed.uids),
    weights: Array.from(processed.weights),
  });
  return { uids: emitUids, values: weights };
}
