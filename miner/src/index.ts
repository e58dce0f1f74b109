/**
 * @subnetkit/miner: the miner runtime — an ONNX model runner (this module) and, next, the axon.
 */

export { type Logger, silentLogger } from './logger.js';
export { MinerError, type MinerErrorCode } from './miner-error.js';
export {
  DENSE_INPUT,
  DENSE_OUTPUT,
  type DenseLayer,
  type DenseNetwork,
  denseNetworkToOnnx,
} from './model/dense-network.js';
export {
  type BatchRunner,
  createMicroBatcher,
  type MicroBatcher,
  type MicroBatcherOptions,
} from './model/micro-batcher.js';
export {
  createModelRunner,
  type ExecutionProvider,
  type ModelRunner,
  type ModelRunnerOptions,
} from './model/model-runner.js';
