/**
 * @subnetkit/miner: the miner runtime — a secure Fastify axon in front of an ONNX model runner.
 */

export { AXON_ERRORS, type AxonErrorCode, axonErrorStatus } from './axon/axon-errors.js';
export { type AxonMetrics, createAxonMetrics } from './axon/axon-metrics.js';
export {
  type AxonHandler,
  type AxonHandlerContext,
  type AxonOptions,
  type RateLimit,
  type ResolvedAxonOptions,
  resolveAxonOptions,
} from './axon/axon-options.js';
export { buildAxon } from './axon/build-axon.js';
export {
  createStaticPeerDirectory,
  type Peer,
  type PeerDirectory,
  validatorIps,
} from './axon/peer-directory.js';
export { createPriorityGate, type PriorityGate, type PriorityGateOptions } from './axon/priority-gate.js';
export {
  type AxonResponseMessageParameters,
  axonResponseMessage,
  verifyAxonResponse,
} from './axon/response-signature.js';

export { createMetagraphPeerDirectory, metagraphPeers } from './chain/metagraph-peer-directory.js';
export { registeredUid, type ServeAxonOnceParameters, serveAxonOnce } from './chain/serve-axon-once.js';
export {
  createMiner,
  type Miner,
  type MinerConfig,
  type MinerOptions,
  type MinerStatus,
} from './create-miner.js';
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
