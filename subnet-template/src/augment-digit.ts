/**
 * Seeded random augmentation of a 28×28 digit: the validator's challenge images are held-out digits transformed
 * this way, so no table of public images (the `mnist` package ships them, labels included) can answer them.
 */
import { digitsConfig } from './config.js';
import { IMAGE_PIXELS, imageAt, type LabelledImages } from './digits.js';
import { type SeededRandom, seededRandom } from './training/seeded-random.js';

const SIDE = 28;
const CENTRE = (SIDE - 1) / 2;

/** The ranges of an augmentation (`digitsConfig.augmentation` holds the subnet's). */
export interface AugmentationRanges {
  /** Largest rotation either way, in degrees. */
  readonly rotationDegrees: number;
  readonly minScale: number;
  readonly maxScale: number;
  /** Largest shift either way along each axis, in pixels. */
  readonly shiftPixels: number;
  /** Largest thinning or thickening of strokes, as a fraction of a pixel's dilation or erosion. */
  readonly strokeChange: number;
  /** Standard deviation of the Gaussian noise added to every pixel, in grey levels. */
  readonly noise: number;
}

/** Bilinear sample of an image at a real-valued position (0 outside it). */
function sample(pixels: Uint8Array, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (px: number, py: number) =>
    px < 0 || py < 0 || px >= SIDE || py >= SIDE ? 0 : pixels[py * SIDE + px];
  const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
  const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** Grey-level dilation (`thicker`) or erosion over each pixel and its four neighbours. */
function morph(pixels: Float32Array, thicker: boolean): Float32Array {
  const out = new Float32Array(pixels.length);
  const pick = thicker ? Math.max : Math.min;
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const at = (px: number, py: number) =>
        px < 0 || py < 0 || px >= SIDE || py >= SIDE ? 0 : pixels[py * SIDE + px];
      out[y * SIDE + x] = pick(at(x, y), at(x - 1, y), at(x + 1, y), at(x, y - 1), at(x, y + 1));
    }
  }
  return out;
}

/**
 * A new image: `pixels` rotated, scaled and shifted about the centre (bilinear), its strokes thinned or thickened,
 * plus Gaussian noise, each drawn from `random` within `ranges`. Deterministic: the same image and generator state
 * give the same bytes. The noise alone makes an exact copy of the original vanishingly unlikely.
 *
 * @example
 * const random = seededRandom(7);
 * const hard = augmentDigit(imageAt(loadDigits().test, 0), random); // Uint8Array(784), still a 0
 */
export function augmentDigit(
  pixels: Uint8Array,
  random: SeededRandom,
  ranges: AugmentationRanges = digitsConfig.augmentation,
): Uint8Array {
  const uniform = (low: number, high: number) => low + (high - low) * random.next();
  const angle = (uniform(-1, 1) * ranges.rotationDegrees * Math.PI) / 180;
  const scale = uniform(ranges.minScale, ranges.maxScale);
  const shiftX = uniform(-1, 1) * ranges.shiftPixels;
  const shiftY = uniform(-1, 1) * ranges.shiftPixels;
  const stroke = uniform(-1, 1) * ranges.strokeChange;
  // Inverse map: each output pixel reads the source at the point the transform sends onto it.
  const cos = Math.cos(angle) / scale;
  const sin = Math.sin(angle) / scale;
  let image = new Float32Array(SIDE * SIDE);
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const dx = x - CENTRE - shiftX;
      const dy = y - CENTRE - shiftY;
      image[y * SIDE + x] = sample(pixels, CENTRE + cos * dx + sin * dy, CENTRE - sin * dx + cos * dy);
    }
  }
  const morphed = morph(image, stroke > 0);
  const amount = Math.abs(stroke);
  image = image.map((v, i) => v + amount * (morphed[i] - v));
  const out = new Uint8Array(SIDE * SIDE);
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.min(255, Math.max(0, Math.round(image[i] + random.normal() * ranges.noise)));
  }
  return out;
}

/**
 * Every image of a set augmented once, from one seed: a fixed sample of the distribution validators draw challenges
 * from, on which the example models' accuracy is measured.
 *
 * @example
 * const hard = augmentImages(loadDigits().test, 1); // 2,000 augmented held-out digits, same labels
 */
export function augmentImages(
  images: LabelledImages,
  seed: number,
  ranges: AugmentationRanges = digitsConfig.augmentation,
): LabelledImages {
  const random = seededRandom(seed);
  const pixels = new Uint8Array(images.count * IMAGE_PIXELS);
  for (let i = 0; i < images.count; i++)
    pixels.set(augmentDigit(imageAt(images, i), random, ranges), i * IMAGE_PIXELS);
  return { count: images.count, pixels, labels: images.labels };
}
