/**
 * The validator's side of the digits subnet: a challenge (held-out digits, freshly augmented each step, in a
 * different order for every miner) and a score (accuracy against the labels only the validator knows, with a small
 * reward for speed).
 */
import { augmentDigit } from './augment-digit.js';
import { digitsConfig } from './config.js';
import { imageAt, loadDigits } from './digits.js';
import { type DigitsRequest, encodeImage } from './protocol.js';
import { seededRandom } from './training/seeded-random.js';

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

/** One step's challenge, the same for every miner: held-out digits chosen by the seed, augmented. */
type StepChallenge = { images: string[]; labels: number[] };

let lastStep: { seed: number | string; challenge: StepChallenge } | undefined;

/** The step's digits (cached for the last seed: a step asks every miner about the same ones). */
function stepChallenge(seed: number | string): StepChallenge {
  if (lastStep?.seed === seed) return lastStep.challenge;
  const { test } = loadDigits();
  const random = seededRandom(hash(String(seed)));
  const chosen = new Set<number>();
  while (chosen.size < digitsConfig.batchSize) chosen.add(random.below(test.count));
  const indices = [...chosen];
  const challenge = {
    images: indices.map((i) => encodeImage(augmentDigit(imageAt(test, i), random))),
    labels: indices.map((i) => test.labels[i]),
  };
  lastStep = { seed, challenge };
  return challenge;
}

/** The order in which one miner gets the step's digits: a shuffle drawn from the seed and its hotkey. */
function minerOrder(seed: number | string, miner: DigitsMiner): number[] {
  const random = seededRandom(hash(`${seed}/${miner.hotkey}`));
  const order = Array.from({ length: digitsConfig.batchSize }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * Builds one miner's query. The seed chooses `digitsConfig.batchSize` distinct held-out digits and transforms each
 * by a random augmentation ({@link augmentDigit}): the images exist nowhere before the step, so no table of the
 * public data set answers them, and their labels stay with the validator ({@link digitsLabels}). Every miner of a
 * step gets the same digits, so all sit the same exam, each in its own order drawn from its hotkey: no two miners
 * get the same query, and a miner that copies another has to forward its own query and wait for the answer.
 *
 * @example
 * const query = digitsChallenge('0x5f3a…', { hotkey: '5F…' });
 * query.images.length; // 64
 */
export function digitsChallenge(seed: number | string, miner: DigitsMiner): DigitsRequest {
  const { images } = stepChallenge(seed);
  return { images: minerOrder(seed, miner).map((i) => images[i]) };
}

/**
 * The labels of the query {@link digitsChallenge} builds for the same seed and miner, in order.
 *
 * @example
 * digitsLabels('0x5f3a…', { hotkey: '5F…' }); // [3, 8, 0, …]
 */
export function digitsLabels(seed: number | string, miner: DigitsMiner): number[] {
  const { labels } = stepChallenge(seed);
  return minerOrder(seed, miner).map((i) => labels[i]);
}

/**
 * Scores an answer in [0, 1]: the fraction of digits right, times a latency factor that falls from 1 (instant)
 * towards `1 − latencyWeight`, strictly, so a slower answer always scores less (half the way at `latencyScaleMs`). Anything but one integer digit 0–9 per image (no
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
  const elapsedMs = Math.max(0, context.elapsedMs);
  const lateness = elapsedMs / (elapsedMs + digitsConfig.latencyScaleMs);
  return accuracy * (1 - digitsConfig.latencyWeight * lateness);
}
