/**
 * Trains the example models from their recipes and serializes them as ONNX, with their accuracy on
 * the held-out images. Deterministic: the same recipes give the same bytes.
 */
import { denseNetworkToOnnx } from '@subnetkit/miner';
import { augmentImages } from '../augment-digit.js';
import { loadDigits } from '../digits.js';
import { AUGMENTED_TEST_SEED, MODEL_RECIPES, type ModelName } from '../models.js';
import { evaluateDenseNetwork, trainDenseNetwork } from './train-dense-network.js';

/** One generated model. */
export interface GeneratedModel {
  readonly name: ModelName;
  readonly description: string;
  /** The ONNX file's bytes. */
  readonly bytes: Uint8Array;
  /** Fraction of the 2,000 held-out images it classifies correctly (plain-JS evaluation). */
  readonly testAccuracy: number;
  /** The same on the held-out images augmented as challenges are (`AUGMENTED_TEST_SEED`). */
  readonly augmentedAccuracy: number;
  readonly trainingMs: number;
}

/**
 * Generates the named models (all four by default).
 *
 * @example
 * const [linear] = generateModels(['linear']);
 * linear.augmentedAccuracy; // about 0.67
 */
export function generateModels(names?: readonly ModelName[]): GeneratedModel[] {
  const { training, test } = loadDigits();
  const augmented = augmentImages(test, AUGMENTED_TEST_SEED);
  return MODEL_RECIPES.filter((recipe) => names === undefined || names.includes(recipe.name)).map(
    (recipe) => {
      const started = performance.now();
      const network = trainDenseNetwork(training, recipe.training);
      const trainingMs = performance.now() - started;
      return {
        name: recipe.name,
        description: recipe.description,
        bytes: denseNetworkToOnnx(network),
        testAccuracy: evaluateDenseNetwork(network, test),
        augmentedAccuracy: evaluateDenseNetwork(network, augmented),
        trainingMs,
      };
    },
  );
}
