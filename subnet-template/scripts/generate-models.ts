/**
 * Regenerates models/*.onnx and models/manifest.json from the recipes in src/models.ts:
 *   npm run generate-models            (all four, about 100 s)
 *   npm run generate-models -- linear  (only the named ones)
 */
import { writeFileSync } from 'node:fs';
import { MODEL_NAMES, MODELS_DIR, type ModelName, modelPath } from '../src/models.js';
import { generateModels } from '../src/training/generate-models.js';

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(MODEL_NAMES as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`unknown model ${unknown.join(', ')}; models: ${MODEL_NAMES.join(', ')}`);
  process.exit(1);
}
const started = performance.now();
const models = generateModels(requested.length > 0 ? (requested as ModelName[]) : undefined);
for (const model of models) writeFileSync(modelPath(model.name), model.bytes);
if (requested.length === 0) {
  const manifest = models.map(({ name, description, bytes, testAccuracy, augmentedAccuracy }) => ({
    name,
    file: `${name}.onnx`,
    description,
    bytes: bytes.length,
    testAccuracy,
    augmentedAccuracy,
  }));
  writeFileSync(`${MODELS_DIR}manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}
console.table(
  models.map(({ name, bytes, testAccuracy, augmentedAccuracy, trainingMs }) => ({
    model: name,
    'test accuracy': `${(testAccuracy * 100).toFixed(2)}%`,
    'augmented accuracy': `${(augmentedAccuracy * 100).toFixed(2)}%`,
    bytes: bytes.length,
    'training ms': Math.round(trainingMs),
  })),
);
console.log(`generated ${models.length} models in ${((performance.now() - started) / 1000).toFixed(1)} s`);
