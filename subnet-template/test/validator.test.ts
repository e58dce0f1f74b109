/**
 * The validator's challenge and score: deterministic per seed, and strict about what counts as an answer.
 */
import { describe, expect, it } from 'vitest';
import { digitsConfig } from '../src/config.js';
import { imageAt, loadDigits } from '../src/digits.js';
import { Digits, decodeImage, encodeImage } from '../src/protocol.js';
import { digitsChallenge, digitsScore } from '../src/validator.js';

/** The true labels of a query, found by matching its images against the held-out set. */
function labelsOf(images: string[]): number[] {
  const { test } = loadDigits();
  return images.map((image) => {
    const index = Array.from({ length: test.count }, (_, i) => i).find(
      (i) => encodeImage(imageAt(test, i)) === image,
    );
    expect(index).toBeDefined();
    return test.labels[index!];
  });
}

describe('digitsChallenge', () => {
  it('default: a valid Digits request of batchSize distinct held-out images', () => {
    const query = digitsChallenge('0x01');
    expect(Digits.request.parse(query)).toEqual(query);
    expect(query.images).toHaveLength(digitsConfig.batchSize);
    expect(new Set(query.images).size).toBe(digitsConfig.batchSize);
    expect(labelsOf(query.images)).toHaveLength(digitsConfig.batchSize);
  });

  it('behavior: the same seed gives the same query, other seeds other queries', () => {
    expect(digitsChallenge('0xabc')).toEqual(digitsChallenge('0xabc'));
    expect(digitsChallenge(7)).toEqual(digitsChallenge(7));
    const seeds = ['0xabc', '0xabd', '0x01', 7, 8];
    const queries = new Set(seeds.map((seed) => JSON.stringify(digitsChallenge(seed))));
    expect(queries.size).toBe(seeds.length);
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
  const query = digitsChallenge('0x1234');
  const labels = labelsOf(query.images);
  const deadlineMs = digitsConfig.timeoutSeconds * 1000;

  it('default: accuracy against the held-out labels', () => {
    expect(digitsScore(query, { predictions: labels }, { elapsedMs: 0 })).toBe(1);
    const half = labels.map((label, i) => (i % 2 === 0 ? label : (label + 1) % 10));
    expect(digitsScore(query, { predictions: half }, { elapsedMs: 0 })).toBe(0.5);
    const none = labels.map((label) => (label + 1) % 10);
    expect(digitsScore(query, { predictions: none }, { elapsedMs: 0 })).toBe(0);
  });

  it('behavior: a slower answer scores a little less, never below 1 − latencyWeight of its accuracy', () => {
    const fast = digitsScore(query, { predictions: labels }, { elapsedMs: 10 });
    const slow = digitsScore(query, { predictions: labels }, { elapsedMs: deadlineMs / 2 });
    const late = digitsScore(query, { predictions: labels }, { elapsedMs: deadlineMs * 3 });
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
    expect(digitsScore(query, response, { elapsedMs: 0 })).toBe(0);
  });

  it('error: a query image that is not held out is refused', () => {
    const { training } = loadDigits();
    const foreign = { images: [encodeImage(imageAt(training, 0))] };
    expect(() => digitsScore(foreign, { predictions: [0] }, { elapsedMs: 0 })).toThrow(
      /not a held-out digit/,
    );
  });
});
