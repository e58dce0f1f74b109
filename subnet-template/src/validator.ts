/**
 * The validator's side of the digits subnet: a challenge (held-out digits, freshly augmented, different for every
 * miner) and a score (accuracy against the labels only the validator knows, with a small reward for speed).
 */
import { augmentDigit } from './augment-digit.js';
import { digitsConfig } from './config.js';
import { imageAt, loadDigits } from './digits.js';
import { type DigitsRequest, encodeImage } from './protocol.js';
import { type SeededRandom, seededRandom } from './training/seeded-random.js';

/** The miner a query is for (the framework's challenge context has more; this is what the digits subnet uses). */
export interface DigitsMiner {
  /** The miner's hotkey: each miner gets its own query. */
  readonly hotkey: string;
}

/** What the validator knows about one answer besides its content. */
export interface DigitsScoreContext extends DigitsMiner {
  /** The seed the query was built from. */
  readonly seed: number | string;
  /** How long the miner took, in milliseconds. */
  readonly elapsedMs: number;
}

/** A 32-bit FNV-1a hash of a string. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}

/** The held-out images of one miner's query, and the generator (past those draws) that augments them. */
function draw(seed: number | string, miner: DigitsMiner): { indices: number[]; random: SeededRandom } {
  const { test } = loadDigits();
  const random = seededRandom(hash(`${seed}/${miner.hotkey}`));
  const chosen = new Set<number>();
  while (chosen.size < digitsConfig.batchSize) chosen.add(random.below(test.count));
  return { indices: [...chosen], random };
}

/**
 * Builds one miner's query: `digitsConfig.batchSize` distinct held-out digits chosen by the seed and the miner's
 * hotkey, each transformed by a random augmentation drawn from the same seed ({@link augmentDigit}). The same seed
 * and miner give the same query; every miner in a step gets a different one, so a miner that copies another must
 * forward its own query and wait for the answer. The images exist nowhere before the step, so no table of the
 * public data set answers them; their labels stay with the validator ({@link digitsLabels}).
 *
 * @example
 * const query = digitsChallenge('0x5f3a…', { hotkey: '5F…' });
 * query.images.length; // 64
 */
export function digitsChallenge(seed: number | string, miner: DigitsMiner): DigitsRequest {
  const { test } = loadDigits();
  const { indices, random } = draw(seed, miner);
  return { images: indices.map((i) => encodeImage(augmentDigit(imageAt(test, i), random))) };
}

/**
 * The labels of the query {@link digitsChallenge} builds for the same seed and miner, in order.
 *
 * @example
 * digitsLabels('0x5f3a…', { hotkey: '5F…' }); // [3, 8, 0, …]
 */
export function digitsLabels(seed: number | string, miner: DigitsMiner): number[] {
  const { test } = loadDigits();
  return draw(seed, miner).indices.map((i) => test.labels[i]);
}

/**
 * Scores an answer in [0, 1]: the fraction of digits right, times a latency factor from 1 (instant)
 * down to `1 − latencyWeight` (at the deadline). Anything but one integer digit 0–9 per image (no
 * answer, wrong length, non-integers, out of range) scores 0. The labels come from the seed
 * ({@link digitsLabels}), so any process that has the job can score it.
 *
 * @example
 * const query = digitsChallenge(42, { hotkey });
 * digitsScore(query, { predictions: [7, 2, 1, …] }, { seed: 42, hotkey, elapsedMs: 12 }); // e.g. 0.9372
 */
export function digitsScore(query: DigitsRequest, response: unknown, context: DigitsScoreContext): number {
  const predictions = (response as { predictions?: unknown } | null | undefined)?.predictions;
  if (!Array.isArray(predictions) || predictions.length !== query.images.length) return 0;
  if (!predictions.every((p) => Number.isInteger(p) && p >= 0 && p <= 9)) return 0;
  const labels = digitsLabels(context.seed, context);
  if (labels.length !== query.images.length)
    throw new RangeError('the query is not the one digitsChallenge builds from this seed and miner');
  const correct = labels.filter((label, i) => predictions[i] === label).length;
  const accuracy = correct / labels.length;
  const lateness = Math.min(1, Math.max(0, context.elapsedMs / (digitsConfig.timeoutSeconds * 1000)));
  return accuracy * (1 - digitsConfig.latencyWeight * lateness);
}
