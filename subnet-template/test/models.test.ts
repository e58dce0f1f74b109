/**
 * The committed models: their accuracy on the augmented held-out images (what validators ask) through onnxruntime
 * (the runtime the miners use) is ordered as designed, and regenerating them gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createModelRunner } from '@subnetkit/miner';
import { describe, expect, it } from 'vitest';
import { argmax } from '../src/argmax.js';
import { augmentImages } from '../src/augment-digit.js';
import { imageAt, type LabelledImages, loadDigits } from '../src/digits.js';
import {
  AUGMENTED_TEST_SEED,
  MODEL_NAMES,
  type ModelName,
  modelPath,
  readModelManifest,
} from '../src/models.js';
import { generateModels } from '../src/training/generate-models.js';

async function onnxAccuracy(name: ModelName, test: LabelledImages): Promise<number> {
  const model = await createModelRunner({ model: modelPath(name), executionProviders: ['cpu'] });
  try {
    const rows = Array.from({ length: test.count }, (_, i) => Float32Array.from(imageAt(test, i)));
    const outputs = await model.runBatch(rows);
    return outputs.filter((probabilities, i) => argmax(probabilities) === test.labels[i]).length / test.count;
  } finally {
    await model.close();
  }
}

describe('example models', () => {
  it('default: accuracy on augmented held-out digits is ordered random < linear < mlp-small < mlp, with clear gaps', async () => {
    const augmented = augmentImages(loadDigits().test, AUGMENTED_TEST_SEED);
    const accuracies = Object.fromEntries(
      await Promise.all(
        MODEL_NAMES.map(async (name) => [name, await onnxAccuracy(name, augmented)] as const),
      ),
    );
    expect(accuracies.random).toBeLessThan(0.2);
    expect(accuracies.linear).toBeGreaterThan(0.6);
    expect(accuracies['mlp-small']).toBeGreaterThan(accuracies.linear + 0.03);
    expect(accuracies.mlp).toBeGreaterThan(accuracies['mlp-small'] + 0.03);
    // The manifest (plain-JS evaluation at generation time) agrees with onnxruntime.
    for (const entry of readModelManifest()) {
      expect(accuracies[entry.name]).toBeCloseTo(entry.augmentedAccuracy, 2);
      expect(entry.bytes).toBe(readFileSync(modelPath(entry.name)).length);
    }
  });

  it('behavior: regenerating random and linear gives the committed bytes', () => {
    for (const model of generateModels(['random', 'linear'])) {
      expect(Buffer.from(model.bytes).equals(readFileSync(modelPath(model.name))), model.name).toBe(true);
    }
  });

  // About 100 s: run with SUBNETKIT_REGENERATE_MODELS=1.
  it.runIf(process.env.SUBNETKIT_REGENERATE_MODELS === '1')(
    'behavior: regenerating every model gives the committed bytes',
    () => {
      for (const model of generateModels()) {
        expect(Buffer.from(model.bytes).equals(readFileSync(modelPath(model.name))), model.name).toBe(true);
      }
    },
    600_000,
  );
});
