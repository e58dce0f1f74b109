import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { RuntimeVersionValue } from '../frame/runtime-api.js';
import { metadataHex } from './metadata-hex.js';
import { type Hex, hash, hex, hexList, text, uint } from './params.js';
import type { RpcContext } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';
import { method, optional, result } from './rpc-method.js';
import { StateCallCache } from './state-call-cache.js';
import { requireSubscriptions, unsubscribe } from './subscriptions.js';

const MAX_PAGED_KEYS = 1000;

/** Storage changes of one block: `[key, value | null]` pairs. */
type Changes = [string, string | null][];

function stateAt(ctx: RpcContext, at: Hex | undefined) {
  return { state: ctx.chain.stateAt(at), hash: at ?? ctx.chain.head().hash };
}

const at = optional(hash('at'));

const getStorage = method({
  params: [hex('key'), at],
  result: result<string | null>('hex | null'),
  doc: 'the SCALE value under `key` at block `at` (default: the head)',
  handler: (ctx, [key, block]) => stateAt(ctx, block).state.get(key),
});

const getStorageHash = method({
  params: [hex('key'), at],
  result: result<string | null>('hash | null'),
  doc: 'the blake2-256 hash of the value under `key`',
  handler: (ctx, [key, block]) => {
    const value = stateAt(ctx, block).state.get(key);
    return value === null ? null : blake2AsHex(hexToU8a(value), 256);
  },
});

const getStorageSize = method({
  params: [hex('key'), at],
  result: result<number | null>('uint | null'),
  doc: 'the byte length of the value under `key`',
  handler: (ctx, [key, block]) => {
    const value = stateAt(ctx, block).state.get(key);
    return value === null ? null : (value.length - 2) / 2;
  },
});

const getKeysPaged = method({
  params: [optional(hex('prefix')), uint('count'), optional(hex('startKey')), at],
  result: result<string[]>('hex[]'),
  doc: `up to \`count\` (at most ${MAX_PAGED_KEYS}) keys under \`prefix\` after \`startKey\`, in order`,
  handler: (ctx, [prefix, count, startKey, block]) => {
    if (count > MAX_PAGED_KEYS) {
      throw new RpcError(
        RPC_ERROR.INVALID_PARAMS,
        `count exceeds maximum value. value: ${count}, max: ${MAX_PAGED_KEYS}`,
      );
    }
    return stateAt(ctx, block).state.getKeysPaged(prefix ?? '0x', count, startKey);
  },
});

/**
 * `state_getKeys`: every key under `prefix`, unpaged. Deprecated in Substrate in favour of `state_getKeysPaged` but
 * still served, as an unsafe method; async-substrate-interface (btcli) reads whole maps with it.
 */
const getKeys = method({
  params: [hex('prefix'), at],
  result: result<string[]>('hex[]'),
  doc: 'every key under `prefix` (deprecated: use `state_getKeysPaged`)',
  unsafe: true,
  handler: (ctx, [prefix, block]) => [...stateAt(ctx, block).state.keys(prefix)],
});

/** Each node's recent large `state_call` answers. */
const callCaches = new WeakMap<RpcContext['chain'], StateCallCache>();

const call = method({
  params: [text('method'), hex('data'), at],
  result: result<string>('hex'),
  doc: 'runs runtime API `method` (`Api_method`) on SCALE `data`; the SCALE result',
  handler: (ctx, [name, data, block]) => {
    const { state, hash: blockHash } = stateAt(ctx, block);
    let cache = callCaches.get(ctx.chain);
    if (cache === undefined) {
      cache = new StateCallCache();
      callCaches.set(ctx.chain, cache);
    }
    return (
      cache.get(blockHash, name, data) ??
      cache.put(blockHash, name, data, toHex(ctx.runtime.callApi(name, hexToU8a(data), state)))
    );
  },
});

/** `0x` hex of bytes through Node's native encoder (answers such as a metagraph run to megabytes). */
function toHex(bytes: Uint8Array): string {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
}

const runtimeVersion = method({
  params: [at],
  result: result<RuntimeVersionValue>('RuntimeVersion'),
  doc: 'the runtime version (one runtime: the same at every block)',
  handler: (ctx, [block]) => {
    if (block !== undefined && ctx.chain.blockByHash(block) === undefined) {
      throw new RpcError(RPC_ERROR.CLIENT_ERROR, `Client error: Unknown block ${block}`);
    }
    return ctx.runtime.version;
  },
});

const subscribeRuntimeVersion = method({
  params: [],
  result: result<string>('subscription id'),
  doc: '`state_runtimeVersion` notifications: the version now (it never changes)',
  handler: (ctx, _params, conn) => {
    requireSubscriptions(conn);
    const id = conn.subscribe('state_runtimeVersion', () => {});
    conn.notify('state_runtimeVersion', id, ctx.runtime.version);
    return id;
  },
});

const subscribeStorage = method({
  params: [optional(hexList('keys'))],
  result: result<string>('subscription id'),
  doc: '`state_storage` notifications: `keys` now, then their changes per block (every change without `keys`)',
  handler: (ctx, [keys], conn) => {
    requireSubscriptions(conn);
    const watched = keys === undefined ? undefined : new Set<string>(keys);
    let off = () => {};
    const id = conn.subscribe('state_storage', () => off());
    const head = ctx.chain.head();
    if (keys !== undefined) {
      const state = ctx.chain.stateAt(head.hash);
      const changes: Changes = keys.map((k) => [k, state.get(k)]);
      conn.notify('state_storage', id, { block: head.hash, changes });
    }
    off = ctx.producer.onBlock((b) => {
      const changes = b.changes.filter(([k]) => watched === undefined || watched.has(k));
      if (changes.length > 0) conn.notify('state_storage', id, { block: b.block.hash, changes });
    });
    return id;
  },
});

/** `state_*`: storage reads (historic via `at`), key paging, runtime calls, metadata and subscriptions. */
export const stateMethods = {
  state_getStorage: getStorage,
  state_getStorageAt: getStorage,
  state_getStorageHash: getStorageHash,
  state_getStorageHashAt: getStorageHash,
  state_getStorageSize: getStorageSize,
  state_getStorageSizeAt: getStorageSize,
  state_getKeys: getKeys,
  state_getKeysPaged: getKeysPaged,
  state_getKeysPagedAt: getKeysPaged,
  state_queryStorageAt: method({
    params: [hexList('keys'), at],
    result: result<{ block: string; changes: Changes }[]>('[{ block, changes: [key, value | null][] }]'),
    doc: 'the values under `keys` at one block',
    handler: (ctx, [keys, block]) => {
      const { state, hash: blockHash } = stateAt(ctx, block);
      const changes: Changes = keys.map((k) => [k, state.get(k)]);
      return [{ block: blockHash, changes }];
    },
  }),
  state_getReadProof: method({
    params: [hexList('keys'), at],
    result: result<never>('never: error -32601'),
    doc: 'refused (`-32601`, naming why): the devnet keeps no Merkle-Patricia trie, so it has no proof to give',
    handler: (ctx, [, block]) => {
      stateAt(ctx, block);
      throw new RpcError(
        RPC_ERROR.METHOD_NOT_FOUND,
        'state_getReadProof is not supported by the subnetkit devnet',
        'the devnet keeps no Merkle-Patricia trie (its stateRoot is a blake2 digest of the changes), so it cannot prove storage; read values with state_getStorage',
      );
    },
  }),
  state_call: call,
  state_callAt: call,
  state_getMetadata: method({
    params: [at],
    result: result<string>('hex'),
    doc: 'metadata V14 (one runtime: the same at every block)',
    handler: (ctx, [block]) => {
      stateAt(ctx, block);
      return metadataHex(ctx.runtime);
    },
  }),
  state_getRuntimeVersion: runtimeVersion,
  chain_getRuntimeVersion: runtimeVersion,
  state_subscribeRuntimeVersion: subscribeRuntimeVersion,
  chain_subscribeRuntimeVersion: subscribeRuntimeVersion,
  state_unsubscribeRuntimeVersion: unsubscribe,
  chain_unsubscribeRuntimeVersion: unsubscribe,
  state_subscribeStorage: subscribeStorage,
  state_unsubscribeStorage: unsubscribe,
};
