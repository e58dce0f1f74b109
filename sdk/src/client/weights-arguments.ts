import { SdkError } from '../errors/sdk-error.js';
import { convertWeightsAndUidsForEmit } from '../weights/convert-weights-and-uids-for-emit.js';
import { u16Argument } from './validate-arguments.js';

/**
 * Checks uids and weights element by element (`SDK_INVALID_ARGUMENT` for a uid that is not a u16 or a weight that
 * is negative or not finite) and returns them as arrays; lengths and duplicates are left to the caller.
 *
 * @example
 * const { uids, weights } = weightArguments([0, 1], [0.25, 1]);
 */
export function weightArguments(
  uids: ArrayLike<number>,
  weights: ArrayLike<number>,
): { uids: number[]; weights: number[] } {
  return {
    uids: Array.from(uids ?? [], (u, i) => u16Argument(`uids[${i}]`, u)),
    weights: Array.from(weights ?? [], (w, i) => {
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        throw new SdkError(
          'SDK_INVALID_ARGUMENT',
          `\`weights[${i}]\` must be a finite number ≥ 0, got ${w}.`,
        );
      }
      return w;
    }),
  };
}

/**
 * Float or u16 weights as they go on chain: checked as arguments (`SDK_INVALID_ARGUMENT`, including a length
 * mismatch or a repeated uid), then max-upscaled with Bittensor's `convert_weights_and_uids_for_emit` (zeros
 * dropped). Used by commit and reveal so both hash the same values.
 *
 * @example
 * const { uids, values } = weightsForChain([0, 1], [0.25, 1]); // values [16384, 65535]
 */
export function weightsForChain(
  uids: ArrayLike<number>,
  weights: ArrayLike<number>,
): { uids: number[]; values: number[] } {
  const checked = weightArguments(uids, weights);
  if (checked.uids.length !== checked.weights.length) {
    throw new SdkError(
      'SDK_INVALID_ARGUMENT',
      `\`uids\` and \`weights\` differ in length (${checked.uids.length} and ${checked.weights.length}).`,
    );
  }
  if (new Set(checked.uids).size !== checked.uids.length) {
    throw new SdkError('SDK_INVALID_ARGUMENT', '`uids` contains a uid twice.');
  }
  const converted = convertWeightsAndUidsForEmit(checked);
  return { uids: converted.uids, values: converted.weights };
}

/**
 * A salt of u16 words, given or random (8 words).
 *
 * @example
 * const salt = saltArgument(undefined); // 8 random u16
 */
export function saltArgument(salt: ArrayLike<number> | undefined): number[] {
  if (salt === undefined) return Array.from(crypto.getRandomValues(new Uint16Array(8)));
  const words = Array.from(salt, (s, i) => u16Argument(`salt[${i}]`, s));
  if (words.length === 0) throw new SdkError('SDK_INVALID_ARGUMENT', '`salt` must not be empty.');
  return words;
}
