// biome-ignore-all lint/performance/noBarrelFile: entrypoint module
// The public API of @subnetkit/validator. Every export is listed by name.

export {
  createSubtensorValidatorChain,
  type SubtensorValidatorChainParameters,
} from './chain/subtensor-validator-chain.js';
export type {
  ChainHead,
  MetagraphView,
  NeuronView,
  ValidatorChain,
  WeightsCommitParameters,
  WeightsOutcome,
  WeightsSettings,
} from './chain/validator-chain.js';
export { type ChallengeSeedParameters, challengeSeed } from './challenge/challenge-seed.js';
export { type SeededRandom, seededRandom } from './challenge/seeded-random.js';
export {
  resolveValidatorConfig,
  type ValidatorConfig,
  type ValidatorConfigInput,
} from './config/validator-config.js';
export {
  type CreateValidatorOptions,
  createValidator,
  type StepReport,
  type Validator,
  type ValidatorChainSource,
  type ValidatorQueryRunner,
} from './create-validator.js';
export { createValidatorMetrics, type ValidatorMetrics } from './metrics/validator-metrics.js';
export { createQueryProcessor, type QueryProcessorOptions } from './query/create-query-processor.js';
export { type BullmqQueueOptions, createBullmqQueue } from './queue/bullmq-queue.js';
export type { BullmqQueueLocation } from './queue/bullmq-settings.js';
export { createInProcessQueue, type InProcessQueueOptions } from './queue/in-process-queue.js';
export type { JobProcessor, JobQueue, JobResult, QueryJob } from './queue/job.js';
export {
  createRedisClient,
  describeRedisConnection,
  parseRedisConnection,
  pingRedis,
  type RedisConnection,
} from './queue/redis-connection.js';
export { UnrecoverableJobError } from './queue/unrecoverable-job-error.js';
export { type SampleMinersParameters, type ServingNeuron, sampleMiners } from './sampling/sample-miners.js';
export {
  retainRegistered,
  type ScoreObservation,
  type ScoreTable,
  sanitizeScore,
  updateScores,
} from './scores/score-table.js';
export {
  buildValidatorServer,
  type ValidatorHealth,
  type ValidatorServerOptions,
} from './server/validator-server.js';
export {
  createFileScoreStore,
  type FileScoreStoreOptions,
  parseStateFile,
  STATE_FORMAT,
  STATE_VERSION,
  serializeState,
} from './store/file-score-store.js';
export { createMemoryScoreStore } from './store/memory-score-store.js';
export type { PendingCommit, ScoreStore, ValidatorState } from './store/validator-state.js';
export type { ChallengeContext, ChallengeFunction, ScoreContext, ScoreFunction } from './subnet-functions.js';
export { ValidatorError, type ValidatorErrorCode } from './validator-error.js';
export { type ComputeWeightsParameters, computeWeights } from './weights/compute-weights.js';
export type { WeightsReport } from './weights/weight-emitter.js';
export { type QueueWorker, type QueueWorkerOptions, startQueueWorker } from './worker/start-queue-worker.js';
