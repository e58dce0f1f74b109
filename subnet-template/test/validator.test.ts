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

/** The index of an image in a public set, or -1: what a miner holding the `mnist` package could look up. */
function publicIndex(image: string): number {
  const { training, test } = loadDigits();
  for (const set of [test, training]) {
    for (let i = 0; i < set.count; i++) if (encodeImage(imageAt(set, i)) === image) return i;
  }
  return -1;
}

describe('digitsChallenge', () => {
  it('default: a valid Digits request of batchSize augmented held-out images, none of them a public image', () => {
    const query = digitsChallenge('0x01', miner);
    expect(Digits.request.parse(query)).toEqual(query);
    expect(query.images).toHaveLength(digitsConfig.batchSize);
    expect(new Set(query.images).size).toBe(digitsConfig.batchSize);
    expect(query.images.map(publicIndex)).toEqual(query.images.map(() => -1));
    expect(digitsLabels('0x01', miner)).toHaveLength(digitsConfig.batchSize);
  });

  it('behavior: the same seed and miner give the same query; other seeds or miners other queries', () => {
    expect(digitsChallenge('0xabc', miner)).toEqual(digitsChallenge('0xabc', miner));
    expect(digitsChallenge(7, miner)).toEqual(digitsChallenge(7, miner));
    const seeds = ['0xabc', '0xabd', '0x01', 7, 8];
    const queries = new Set(seeds.map((seed) => JSON.stringify(digitsChallenge(seed, miner))));
    expect(queries.size).toBe(seeds.length);
    const other = { hotkey: '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y' };
    const mine = new Set(digitsChallenge('0xabc', miner).images);
    expect(digitsChallenge('0xabc', other).images.filter((image) => mine.has(image))).toEqual([]);
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
  const deadlineMs = digitsConfig.timeoutSeconds * 1000;
  const at = (elapsedMs: number) => ({ seed, ...miner, elapsedMs });

  it('default: accuracy against the held-out labels', () => {
    expect(digitsScore(query, { predictions: labels }, at(0))).toBe(1);
    const half = labels.map((label, i) => (i % 2 === 0 ? label : (label + 1) % 10));
    expect(digitsScore(query, { predictions: half }, at(0))).toBe(0.5);
    const none = labels.map((label) => (label + 1) % 10);
    expect(digitsScore(query, { predictions: none }, at(0))).toBe(0);
  });

  it('behavior: a slower answer scores a little less, never below 1 − latencyWeight of its accuracy', () => {
    const fast = digitsScore(query, { predictions: labels }, at(10));
    const slow = digitsScore(query, { predictions: labels }, at(deadlineMs / 2));
    const late = digitsScore(query, { predictions: labels }, at(deadlineMs * 3));
    expect(fast).toBeGreaterThan(slow);
    expect(slow).toBeGreaterThan(late);
    expect(late).toBeCloseTo(1 - digitsConfig.latencyWeight, 10);
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
