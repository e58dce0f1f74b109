/**
 * The validator's side of the digits subnet: a challenge (held-out images chosen by a seed) and a
 * score (accuracy against the held-out labels, with a small reward for speed).
 */
import { digitsConfig } from './config.js';
import { imageAt, type LabelledImages, loadDigits } from './digits.js';
import { type DigitsRequest, encodeImage } from './protocol.js';
import { seededRandom } from './training/seeded-random.js';

/** What the validator knows about one answer besides its content. */
export interface DigitsScoreContext {
  /** How long the miner took, in milliseconds. */
  readonly elapsedMs: number;
}

/** A 32-bit FNV-1a hash of a string seed (the validator's hex seed); numbers are used as they are. */
function seedNumber(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

let labelsByImage: Map<string, number> | undefined;

/** The held-out label of a query image; the query comes from {@link digitsChallenge}, so it is known. */
function heldOutLabel(test: LabelledImages, image: string): number {
  if (labelsByImage === undefined) {
    labelsByImage = new Map();
    for (let i = test.count - 1; i >= 0; i--)
      labelsByImage.set(encodeImage(imageAt(test, i)), test.labels[i]);
  }
  const label = labelsByImage.get(image);
  if (label === undefined) throw new RangeError('the query holds an image that is not a held-out digit');
  return label;
}

/**
 * Picks `digitsConfig.batchSize` distinct held-out images from the seed: the same seed gives the same query, a new
 * seed (each step's) a new one. The labels stay with the validator; {@link digitsScore} looks them up.
 *
 * @example
 * const query = digitsChallenge('0x5f3a…');
 * query.images.length; // 64
 */
export function digitsChallenge(seed: number | string): DigitsRequest {
  const { test } = loadDigits();
  const random = seededRandom(seedNumber(seed));
  const chosen = new Set<number>();
  while (chosen.size < digitsConfig.batchSize) chosen.add(random.below(test.count));
  return { images: [...chosen].map((i) => encodeImage(imageAt(test, i))) };
}

/**
 * Scores an answer in [0, 1]: the fraction of digits right, times a latency factor from 1 (instant)
 * down to `1 − latencyWeight` (at the deadline). Anything but one integer digit 0–9 per image (no
 * answer, wrong length, non-integers, out of range) scores 0.
 *
 * @example
 * const query = digitsChallenge(42);
 * digitsScore(query, { predictions: [7, 2, 1, …] }, { elapsedMs: 12 }); // e.g. 0.9372
 */
export function digitsScore(query: DigitsRequest, response: unknown, context: DigitsScoreContext): number {
  const predictions = (response as { predictions?: unknown } | null | undefined)?.predictions;
  if (!Array.isArray(predictions) || predictions.length !== query.images.length) return 0;
  if (!predictions.every((p) => Number.isInteger(p) && p >= 0 && p <= 9)) return 0;
  const { test } = loadDigits();
  const correct = query.images.filter((image, i) => predictions[i] === heldOutLabel(test, image)).length;
  const accuracy = correct / query.images.length;
  const lateness = Math.min(1, Math.max(0, context.elapsedMs / (digitsConfig.timeoutSeconds * 1000)));
  return accuracy * (1 - digitsConfig.latencyWeight * lateness);
}
