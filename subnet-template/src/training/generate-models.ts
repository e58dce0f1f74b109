/**
 * Trains the example models from their recipes and serializes them as ONNX, with their accuracy on
 * the held-out images. Deterministic: the same recipes give the same bytes.
 */
import { denseNetworkToOnnx } from '@subnetkit/miner';
import { loadDigits } from '../digits.js';
import { MODEL_RECIPES, type ModelName } from '../models.js';
import { evaluateDenseNetwork, trainDenseNetwork } from './train-dense-network.js';

/** One generated model. */
export interface GeneratedModel {
  readonly name: ModelName;
  readonly description: string;
  /** The ONNX file's bytes. */
  readonly bytes: Uint8Array;
  /** Fraction of the 2,000 held-out images it classifies correctly (plain-JS evaluation). */
  readonly testAccuracy: number;
  readonly trainingMs: number;
}

/**
 * Generates the named models (all four by default).
 *
 * @example
 * const [linear] = generateModels(['linear']);
 * linear.testAccuracy; // about 0.85
 */
export function generateModels(names?: readonly ModelName[]): GeneratedModel[] {
  const { training, test } = loadDigits();
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
        trainingMs,
      };
    },
  );
}
