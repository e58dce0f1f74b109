/**
 * The validator's challenge and score: deterministic per seed and miner, out of reach of a table of the public
 * images, and strict about what counts as an answer.
 */
import { describe, expect, it } from 'vitest';
import { augmentDigit } from '../src/augment-digit.js';
import { digitsConfig } from '../src/config.js';
import { imageAt, loadDigits } from '../src/digits.js';
import { Digits, decodeImage, encodeImage } from '../src/protocol.js';
import { seededRandom } from '../src/training/seeded-random.js';
import { digitsChallenge, digitsLabels, digitsScore } from '../src/validator.js';

const miner = { hotkey: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty' };

/** Every image the `mnist` package ships: what a miner holding it could look up. */
function publicImages(): Set<string> {
  const { training, test } = loadDigits();
  const images = new Set<string>();
  for (const set of [test, training])
    for (let i = 0; i < set.count; i++) images.add(encodeImage(imageAt(set, i)));
  return images;
}

describe('digitsChallenge', () => {
  it('default: a valid Digits request of batchSize augmented held-out images, none of them a public image', () => {
    const query = digitsChallenge('0x01', miner);
    expect(Digits.request.parse(query)).toEqual(query);
    expect(query.images).toHaveLength(digitsConfig.batchSize);
    expect(new Set(query.images).size).toBe(digitsConfig.batchSize);
    const known = publicImages();
    expect(query.images.filter((image) => known.has(image))).toEqual([]);
    expect(digitsLabels('0x01', miner)).toHaveLength(digitsConfig.batchSize);
  });

  it('behavior: the same seed and miner give the same query; other seeds other digits, other miners another order', () => {
    expect(digitsChallenge('0xabc', miner)).toEqual(digitsChallenge('0xabc', miner));
    expect(digitsChallenge(7, miner)).toEqual(digitsChallenge(7, miner));
    const seeds = ['0xabc', '0xabd', '0x01', 7, 8];
    const queries = new Set(seeds.map((seed) => JSON.stringify(digitsChallenge(seed, miner))));
    expect(queries.size).toBe(seeds.length);
    // Another miner: the same digits (the same exam), in another order, so not the same query.
    const other = { hotkey: '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y' };
    const mine = digitsChallenge('0xabc', miner).images;
    const theirs = digitsChallenge('0xabc', other).images;
    expect(theirs).not.toEqual(mine);
    expect([...theirs].sort()).toEqual([...mine].sort());
    const labels = new Map(mine.map((image, i) => [image, digitsLabels('0xabc', miner)[i]]));
    expect(theirs.map((image) => labels.get(image))).toEqual(digitsLabels('0xabc', other));
  });
});

describe('augmentDigit', () => {
  it('default: deterministic per generator state, and never the image it started from', () => {
    const original = imageAt(loadDigits().test, 3);
    const a = augmentDigit(original, seededRandom(5));
    expect(a).toEqual(augmentDigit(original, seededRandom(5)));
    expect(a).not.toEqual(augmentDigit(original, seededRandom(6)));
    expect(a).not.toEqual(new Uint8Array(original));
    expect(a).toHaveLength(784);
  });

  it('behavior: with every range at zero the digit comes back as it was', () => {
    const original = imageAt(loadDigits().test, 3);
    const none = { rotationDegrees: 0, minScale: 1, maxScale: 1, shiftPixels: 0, strokeChange: 0, noise: 0 };
    expect(augmentDigit(original, seededRandom(5), none)).toEqual(new Uint8Array(original));
  });
});

describe('image encoding', () => {
  it('default: base64 of the 784 grey levels, round trip', () => {
    const pixels = imageAt(loadDigits().test, 5);
    const image = encodeImage(pixels);
    expect(image).toHaveLength(1048);
    expect(decodeImage(image)).toEqual(new Uint8Array(pixels));
  });

  it.each([
    ['too short', 'AAAA'],
    ['786 bytes', 'A'.repeat(1048)],
    ['not base64', `${'*'.repeat(1046)}==`],
    ['an array', Array(784).fill(0)],
  ])('error: %s is not an image', (_name, image) => {
    expect(Digits.request.safeParse({ images: [image] }).success).toBe(false);
  });
});

describe('digitsScore', () => {
  const seed = '0x1234';
  const query = digitsChallenge(seed, miner);
  const labels = digitsLabels(seed, miner);
  const scaleMs = digitsConfig.latencyScaleMs;
  const at = (elapsedMs: number) => ({ seed, ...miner, elapsedMs });

  it('default: accuracy against the held-out labels', () => {
    expect(digitsScore(query, { predictions: labels }, at(0))).toBe(1);
    const half = labels.map((label, i) => (i % 2 === 0 ? label : (label + 1) % 10));
    expect(digitsScore(query, { predictions: half }, at(0))).toBe(0.5);
    const none = labels.map((label) => (label + 1) % 10);
    expect(digitsScore(query, { predictions: none }, at(0))).toBe(0);
  });

  it('behavior: a slower answer always scores a little less, never below 1 − latencyWeight of its accuracy', () => {
    const times = [0, 10, 11, scaleMs / 2, scaleMs, scaleMs * 3, scaleMs * 3 + 1, 1e12];
    const scores = times.map((ms) => digitsScore(query, { predictions: labels }, at(ms)));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);
    expect(scores[0]).toBe(1);
    expect(scores[4]).toBeCloseTo(1 - digitsConfig.latencyWeight / 2, 10); // half the speed share at the scale
    expect(scores.at(-1)).toBeGreaterThan(1 - digitsConfig.latencyWeight);
    expect(scores.at(-1)).toBeCloseTo(1 - digitsConfig.latencyWeight, 6);
  });

  it.each([
    ['no response', undefined],
    ['null', null],
    ['a number', 3],
    ['no predictions', {}],
    ['predictions null', { predictions: null }],
    ['a string', { predictions: 'seven' }],
    ['too few', { predictions: labels.slice(1) }],
    ['too many', { predictions: [...labels, 0] }],
    ['a fraction', { predictions: labels.map((label, i) => (i === 0 ? label + 0.5 : label)) }],
    ['a numeric string', { predictions: labels.map((label, i) => (i === 0 ? String(label) : label)) }],
    ['out of range', { predictions: labels.map((label, i) => (i === 0 ? 10 : label)) }],
    ['negative', { predictions: labels.map((label, i) => (i === 0 ? -1 : label)) }],
    ['NaN', { predictions: labels.map((label, i) => (i === 0 ? Number.NaN : label)) }],
  ])('error: %s scores 0', (_name, response) => {
    expect(digitsScore(query, response, at(0))).toBe(0);
  });

  it("behavior: the labels are those of another miner's query only by chance", () => {
    const other = { seed, hotkey: '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y', elapsedMs: 0 };
    expect(digitsScore(query, { predictions: labels }, other)).toBeLessThan(0.3);
  });

  it('error: a query that is not the one the seed builds is refused', () => {
    const { training } = loadDigits();
    const foreign = { images: [encodeImage(imageAt(training, 0))] };
    expect(() => digitsScore(foreign, { predictions: [0] }, at(0))).toThrow(
      /not the one digitsChallenge builds/,
    );
  });
});
