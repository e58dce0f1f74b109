// biome-ignore-all lint/performance/noBarrelFile: entrypoint module
// The digits subnet: what `npm start` runs and `subnetkit new` copies. Every export is listed by name.

export { argmax } from './argmax.js';
export { type AugmentationRanges, augmentDigit, augmentImages } from './augment-digit.js';
export { type DigitsConfig, digitsConfig } from './config.js';
export {
  type DigitsSplit,
  HELD_OUT_PER_DIGIT,
  IMAGE_PIXELS,
  imageAt,
  type LabelledImages,
  loadDigits,
} from './digits.js';
export { digitsForward } from './miner.js';
export {
  AUGMENTED_TEST_SEED,
  MODEL_NAMES,
  MODEL_RECIPES,
  MODELS_DIR,
  type ModelManifestEntry,
  type ModelName,
  type ModelRecipe,
  modelPath,
  readModelManifest,
} from './models.js';
export { Digits, type DigitsRequest, type DigitsResponse, decodeImage, encodeImage } from './protocol.js';
export { digitsSubnet } from './subnet.js';
export {
  type DigitsMiner,
  type DigitsScoreContext,
  digitsChallenge,
  digitsLabels,
  digitsScore,
} from './validator.js';
