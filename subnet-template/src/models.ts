/**
 * The example subnet's four miner models, of deliberately different quality, and where their ONNX
 * files live. `scripts/generate-models.ts` trains them from these recipes; the files are committed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { digitsConfig } from './config.js';
import type { TrainingOptions } from './training/train-dense-network.js';

/** A model the example miners serve. */
export interface ModelRecipe {
  readonly name: ModelName;
  readonly description: string;
  readonly training: TrainingOptions;
}

/** Names of the example models, worst first. */
export const MODEL_NAMES = ['random', 'linear', 'mlp-small', 'mlp'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** Training images are augmented the way validators augment challenges, so the models learn what they are asked. */
const augmentation = digitsConfig.augmentation;

/** How each example model is made: same (augmented) data, different capacity and training time. */
export const MODEL_RECIPES: readonly ModelRecipe[] = [
  {
    name: 'random',
    description: 'softmax regression with untrained random weights (chance level)',
    training: { hidden: [], epochs: 0, learningRate: 0, batchSize: 1, seed: 1 },
  },
  {
    name: 'linear',
    description: 'softmax regression, one pass of SGD',
    training: { hidden: [], epochs: 1, learningRate: 0.05, batchSize: 32, seed: 2, augmentation },
  },
  {
    name: 'mlp-small',
    description: '784 → 24 → 10 MLP, 4 epochs',
    training: { hidden: [24], epochs: 4, learningRate: 0.1, batchSize: 16, seed: 3, augmentation },
  },
  {
    name: 'mlp',
    description: '784 → 128 → 10 MLP, 8 epochs',
    training: { hidden: [128], epochs: 8, learningRate: 0.2, batchSize: 16, seed: 4, augmentation },
  },
];

/**
 * The seed of the augmented held-out set (`augmentImages(loadDigits().test, AUGMENTED_TEST_SEED)`) on which
 * `augmentedAccuracy` is measured: a fixed sample of what validators ask.
 */
export const AUGMENTED_TEST_SEED = 1;

/** The folder holding the committed `.onnx` files and `manifest.json`. */
export const MODELS_DIR = fileURLToPath(new URL('../models/', import.meta.url));

/**
 * Absolute path of a model's ONNX file.
 *
 * @example
 * const model = await createModelRunner({ model: modelPath('mlp') });
 */
export function modelPath(name: ModelName): string {
  return `${MODELS_DIR}${name}.onnx`;
}

/** One model as `scripts/generate-models.ts` recorded it in `models/manifest.json`. */
export interface ModelManifestEntry {
  readonly name: ModelName;
  readonly file: string;
  readonly description: string;
  readonly bytes: number;
  /** Fraction of the 2,000 held-out images, as they are, classified correctly. */
  readonly testAccuracy: number;
  /**
   * Fraction of the 2,000 held-out images, each augmented as a validator's challenge would be
   * ({@link AUGMENTED_TEST_SEED}), classified correctly: the accuracy validators measure.
   */
  readonly augmentedAccuracy: number;
}

/**
 * The committed models, worst first, with their held-out accuracy (plain and augmented).
 *
 * @example
 * for (const { name, augmentedAccuracy } of readModelManifest()) console.log(name, augmentedAccuracy);
 */
export function readModelManifest(): ModelManifestEntry[] {
  return JSON.parse(readFileSync(`${MODELS_DIR}manifest.json`, 'utf8')) as ModelManifestEntry[];
}
