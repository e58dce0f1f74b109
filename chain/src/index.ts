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
export { ChainError, type ChainErrorCode } from './frame/chain-error.js';
export { DEV_ACCOUNTS, type Devnet, type DevnetOptions, startDevnet, TAO } from './node.js';
export type { Logger } from './rpc/server.js';
export { createRuntime, Runtime } from './runtime/runtime.js';
