/**
 * `@subnetkit/chain`: a Substrate-compatible devnet node in TypeScript.
 *
 * @example
 * import { startDevnet } from '@subnetkit/chain';
 * const devnet = await startDevnet({ port: 0, mode: 'instant' });
 * console.log(devnet.url);
 * await devnet.close();
 */

export type { BuildMode } from './blockchain/block-producer.js';
export { DEFAULT_POOL_LIMITS, type PoolLimits } from './blockchain/pool-limits.js';
export { ChainError, type ChainErrorCode } from './frame/chain-error.js';
export { DEV_ACCOUNTS, type Devnet, type DevnetOptions, startDevnet, TAO } from './node.js';
export { DEFAULT_RPC_CORS, type OriginPolicy, parseRpcCors } from './rpc/origin-policy.js';
export { DEFAULT_RPC_LIMITS, type RpcLimits } from './rpc/rpc-limits.js';
export type { Logger } from './rpc/server.js';
export type { RpcMethodsMode } from './rpc/unsafe-methods.js';
export { createRuntime, Runtime } from './runtime/runtime.js';
