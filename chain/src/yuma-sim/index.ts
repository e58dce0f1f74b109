/**
 * Yuma what-if simulator: scenarios of validators with strategies and miners with a true quality,
 * run through the exact Yuma module (`../yuma`) epoch after epoch. Pure; the CLI does the I/O.
 */
export { createPrng, type Prng } from './prng.js';
export type {
  MinerSpec,
  Scenario,
  ScenarioParams,
  ScenarioVariant,
  Strategy,
  ValidatorSpec,
} from './scenario.js';
export { STRATEGIES } from './scenario.js';
export {
  RAO_PER_EPOCH,
  type SimEpoch,
  type SimNeuron,
  type SimulationResult,
  simulate,
  type VariantRun,
} from './simulate.js';
export { type StrategyView, strategyWeights } from './strategy-weights.js';
export {
  type MinerSummary,
  type SimulationSummary,
  type StrategySummary,
  summarize,
  type VariantSummary,
} from './summarize.js';
export { ScenarioError, validateScenario } from './validate-scenario.js';
