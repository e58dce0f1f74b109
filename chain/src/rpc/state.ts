import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { metadataHex } from './metadata-hex.js';
import {
  hexArrayParam,
  hexParam,
  optionalHashParam,
  optionalHexParam,
  stringParam,
  uintParam,
} from './params.js';
import type { RpcConnection, RpcContext, RpcHandler, RpcMethodTable } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';
import { StateCallCache } from './state-call-cache.js';

const MAX_PAGED_KEYS = 1000;

function stateAt(ctx: RpcContext, params: unknown[], index: number) {
  const at = optionalHashParam(params, index);
  return { state: ctx.chain.stateAt(at), hash: at ?? ctx.chain.head().hash };
}

const getStorage: RpcHandler = (ctx, params) => {
  const key = hexParam(params, 0);
  return stateAt(ctx, params, 1).state.get(key);
};

const getStorageHash: RpcHandler = (ctx, params) => {
  const value = stateAt(ctx, params, 1).state.get(hexParam(params, 0));
  return value === null ? null : blake2AsHex(hexToU8a(value), 256);
};

const getStorageSize: RpcHandler = (ctx, params) => {
  const value = stateAt(ctx, params, 1).state.get(hexParam(params, 0));
  return value === null ? null : (value.length - 2) / 2;
};

const getKeysPaged: RpcHandler = (ctx, params) => {
  const prefix = optionalHexParam(params, 0) ?? '0x';
  const count = uintParam(params, 1);
  if (count > MAX_PAGED_KEYS) {
    throw new RpcError(
      RPC_ERROR.INVALID_PARAMS,
      `count exceeds maximum value. value: ${count}, max: ${MAX_PAGED_KEYS}`,
    );
  }
  const startKey = optionalHexParam(params, 2);
  return stateAt(ctx, params, 3).state.getKeysPaged(prefix, count, startKey);
};

/** Each node's recent large `state_call` answers. */
const callCaches = new WeakMap<RpcContext['chain'], StateCallCache>();

const call: RpcHandler = (ctx, params) => {
  const method = stringParam(params, 0);
  const data = hexParam(params, 1);
  const { state, hash } = stateAt(ctx, params, 2);
  let cache = callCaches.get(ctx.chain);
  if (cache === undefined) {
    cache = new StateCallCache();
    callCaches.set(ctx.chain, cache);
  }
  return (
    cache.get(hash, method, data) ??
    cache.put(hash, method, data, toHex(ctx.runtime.callApi(method, hexToU8a(data), state)))
  );
};

/** `0x` hex of bytes through Node's native encoder (answers such as a metagraph run to megabytes). */
function toHex(bytes: Uint8Array): string {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
}

const runtimeVersion: RpcHandler = (ctx, params) => {
  const at = optionalHashParam(params, 0);
  if (at !== undefined && ctx.chain.blockByHash(at) === undefined) {
    throw new RpcError(RPC_ERROR.CLIENT_ERROR, `Client error: Unknown block ${at}`);
  }
  return ctx.runtime.version;
};

const subscribeRuntimeVersion: RpcHandler = (ctx, _params, conn) => {
  requireSubscriptions(conn);
  const id = conn.subscribe('state_runtimeVersion', () => {});
  conn.notify('state_runtimeVersion', id, ctx.runtime.version);
  return id;
};

function requireSubscriptions(conn: RpcConnection): void {
  if (!conn.canSubscribe)
    throw new RpcError(RPC_ERROR.METHOD_NOT_FOUND, 'Subscriptions are not available on this transport');
}

const subscribeStorage: RpcHandler = (ctx, params, conn) => {
  requireSubscriptions(conn);
  const keys = params[0] === undefined || params[0] === null ? undefined : hexArrayParam(params, 0);
  const watched = keys === undefined ? undefined : new Set(keys);
  let off = () => {};
  const id = conn.subscribe('state_storage', () => off());
  const head = ctx.chain.head();
  if (keys !== undefined) {
    const state = ctx.chain.stateAt(head.hash);
    conn.notify('state_storage', id, { block: head.hash, changes: keys.map((k) => [k, state.get(k)]) });
  }
  off = ctx.producer.onBlock((b) => {
    const changes = b.changes.filter(([k]) => watched === undefined || watched.has(k));
    if (changes.length > 0) conn.notify('state_storage', id, { block: b.block.hash, changes });
  });
  return id;
};

const unsubscribe: RpcHandler = (_ctx, params, conn) => conn.unsubscribe(String(params[0] ?? ''));

/** `state_*`: storage reads (historic via `at`), key paging, runtime calls, metadata and subscriptions. */
export const stateMethods: RpcMethodTable = {
  state_getStorage: getStorage,
  state_getStorageAt: getStorage,
  state_getStorageHash: getStorageHash,
  state_getStorageHashAt: getStorageHash,
  state_getStorageSize: getStorageSize,
  state_getStorageSizeAt: getStorageSize,
  state_getKeysPaged: getKeysPaged,
  state_getKeysPagedAt: getKeysPaged,
  state_queryStorageAt: (ctx, params) => {
    const keys = hexArrayParam(params, 0);
    const { state, hash } = stateAt(ctx, params, 1);
    return [{ block: hash, changes: keys.map((k) => [k, state.get(k)]) }];
  },
  state_getReadProof: (ctx, params) => {
    hexArrayParam(params, 0);
    return { at: stateAt(ctx, params, 1).hash, proof: [] };
  },
  state_call: call,
  state_callAt: call,
  state_getMetadata: (ctx, params) => {
    stateAt(ctx, params, 0);
    return metadataHex(ctx.runtime);
  },
  state_getRuntimeVersion: runtimeVersion,
  chain_getRuntimeVersion: runtimeVersion,
  state_subscribeRuntimeVersion: subscribeRuntimeVersion,
  chain_subscribeRuntimeVersion: subscribeRuntimeVersion,
  state_unsubscribeRuntimeVersion: unsubscribe,
  chain_unsubscribeRuntimeVersion: unsubscribe,
  state_subscribeStorage: subscribeStorage,
  state_unsubscribeStorage: unsubscribe,
};
