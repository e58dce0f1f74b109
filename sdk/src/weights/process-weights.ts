import { SdkError } from '../errors/sdk-error.js';
import { normalizeMaxWeight } from './normalize-max-weight.js';

/**
 * Parameters of {@link processWeights}: the weights plus the subnet's hyperparameters.
 *
 * @example
 * const parameters: ProcessWeightsParameters = { uids, weights: scores, numNeurons: 256, minAllowedWeights: 8, maxWeightLimit: 0.1 };
 */
export type ProcessWeightsParameters = {
  /** Destination uids. */
  uids: ArrayLike<number>;
  /** Non-negative float weights, one per uid. */
  weights: ArrayLike<number>;
  /** Neurons in the subnet (`metagraph.n`). */
  numNeurons: number;
  /** `min_allowed_weights` hyperparameter. */
  minAllowedWeights: number;
  /** `max_weight_limit` as a fraction (`MaxWeightsLimit / 65535`). */
  maxWeightLimit: number;
  /** Drop weights below this quantile (in u16 units, like Bittensor). @defaultValue 0 */
  excludeQuantile?: number;
};

/**
 * Result of {@link processWeights}.
 *
 * @example
 * const { uids, weights }: ProcessWeightsReturnType = processWeights(parameters);
 */
export type ProcessWeightsReturnType = { uids: Uint16Array; weights: Float32Array };

/**
 * Bittensor's `process_weights` / `process_weights_for_netuid`: keeps non-zero weights, falls back to uniform
 * weights over all neurons when there are none (or the subnet is smaller than `minAllowedWeights`), pads with 1e-5
 * when fewer than `minAllowedWeights` are non-zero, drops the lowest quantile, then {@link normalizeMaxWeight}.
 * One difference: in the padding case the weights are placed by uid (Python indexes by array position, which is the
 * same when `uids` is `0..n-1`).
 *
 * @example
 * const { uids, weights } = processWeights({
 *   uids: [0, 1, 2, 3], weights: [0.1, 0, 0.5, 0.4], numNeurons: 4, minAllowedWeights: 1, maxWeightLimit: 0.6,
 * });
 */
export function processWeights(parameters: ProcessWeightsParameters): ProcessWeightsReturnType {
  const { uids, weights, numNeurons, minAllowedWeights, maxWeightLimit } = parameters;
  if (uids.length !== weights.length) {
    throw new SdkError(
      'SDK_WEIGHTS_INVALID',
      `uids (${uids.length}) and weights (${weights.length}) differ in length.`,
    );
  }
  const quantile = (parameters.excludeQuantile ?? 0) / 65535;
  const nzUids: number[] = [];
  const nzWeights: number[] = [];
  // Stryker disable next-line EqualityOperator: past the end the weight is NaN, which is not > 0.
  for (let i = 0; i < weights.length; i++) {
    const w = Math.fround(weights[i]);
    if (w > 0) {
      nzUids.push(uids[i]);
      nzWeights.push(w);
    }
  }
  if (nzWeights.length === 0 || numNeurons < minAllowedWeights) {
    return {
      uids: arange(numNeurons),
      weights: new Float32Array(numNeurons).fill(Math.fround(1 / numNeurons)),
    };
  }
  if (nzWeights.length < minAllowedWeights) {
    const padded = new Float32Array(numNeurons).fill(1e-5);
    // Past the end it writes a non-index property, which the result never reads.
    // Stryker disable next-line EqualityOperator: equivalent, see above
    for (let i = 0; i < nzUids.length; i++) padded[nzUids[i]] = Math.fround(padded[nzUids[i]] + nzWeights[i]);
    return { uids: arange(numNeurons), weights: normalizeMaxWeight(padded, { limit: maxWeightLimit }) };
  }
  const maxExclude = Math.max(0, nzWeights.length - minAllowedWeights) / nzWeights.length;
  const lowest = quantileLinear(nzWeights, Math.min(quantile, maxExclude));
  const keptUids: number[] = [];
  const kept: number[] = [];
  // Stryker disable next-line EqualityOperator: past the end `lowest <= undefined` is false.
  for (let i = 0; i < nzWeights.length; i++) {
    if (lowest <= nzWeights[i]) {
      keptUids.push(nzUids[i]);
      kept.push(nzWeights[i]);
    }
  }
  return { uids: Uint16Array.from(keptUids), weights: normalizeMaxWeight(kept, { limit: maxWeightLimit }) };
}

function arange(n: number): Uint16Array {
  return Uint16Array.from({ length: n }, (_, i) => i);
}

/** numpy.quantile with the default 'linear' method. */
function quantileLinear(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
}
