import { SdkError } from '../errors/sdk-error.js';

/**
 * Largest u16, the chain's weight scale.
 *
 * @example
 * const fraction = maxWeightsLimit / U16_MAX;
 */
export const U16_MAX = 65535;

/**
 * Result of {@link convertWeightsAndUidsForEmit}: what `set_weights` puts on chain.
 *
 * @example
 * const { uids, weights }: ConvertWeightsAndUidsForEmitReturnType = convertWeightsAndUidsForEmit({ uids: [0, 1], weights: [0.5, 1] });
 */
export type ConvertWeightsAndUidsForEmitReturnType = { uids: number[]; weights: number[] };

/**
 * Bittensor's `convert_weights_and_uids_for_emit`: max-upscales float weights so the largest is 65535, rounds with
 * Python's `round` (half to even), and drops zeros. All-zero input gives empty lists (nothing to set). Throws
 * `SDK_WEIGHTS_INVALID` for negative or non-finite values, uids outside u16, duplicate uids or a length mismatch —
 * the chain would refuse those anyway.
 *
 * @example
 * convertWeightsAndUidsForEmit({ uids: [0, 1, 2], weights: [0.2, 0.4, 0] });
 * // { uids: [0, 1], weights: [32768, 65535] }
 */
export function convertWeightsAndUidsForEmit(parameters: {
  uids: ArrayLike<number>;
  weights: ArrayLike<number>;
}): ConvertWeightsAndUidsForEmitReturnType {
  const { uids, weights } = parameters;
  if (uids.length !== weights.length) {
    throw new SdkError(
      'SDK_WEIGHTS_INVALID',
      `Passed weights and uids must have the same length, got ${uids.length} and ${weights.length}.`,
    );
  }
  const seen = new Set<number>();
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    const uid = uids[i];
    if (!Number.isFinite(w) || w < 0)
      throw new SdkError('SDK_WEIGHTS_INVALID', `Weight ${w} at index ${i} is negative or not finite.`);
    if (!Number.isInteger(uid) || uid < 0 || uid > U16_MAX)
      throw new SdkError('SDK_WEIGHTS_INVALID', `uid ${uid} is not a u16.`);
    if (seen.has(uid)) throw new SdkError('SDK_WEIGHTS_INVALID', `uid ${uid} appears twice.`);
    seen.add(uid);
    max = Math.max(max, w);
  }
  // All weights are non-negative, so a zero maximum means a zero sum: nothing to set.
  if (max === 0) return { uids: [], weights: [] };
  const outUids: number[] = [];
  const outWeights: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    const value = roundHalfEven((weights[i] / max) * U16_MAX);
    if (value !== 0) {
      outUids.push(uids[i]);
      outWeights.push(value);
    }
  }
  return { uids: outUids, weights: outWeights };
}

/** Python 3 `round(x)`: nearest integer, ties to even. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
