/**
 * `chainHead_v1_*` of the new JSON-RPC spec (https://paritytech.github.io/json-rpc-interface-spec/):
 * a follow subscription reports `initialized` and the best block, then `newBlock`, `bestBlockChanged` and `finalized` for
 * each block (finality is immediate, there are no forks), and pins the blocks it reported until the
 * client unpins them; `header`, `body`, `call` and `storage` read pinned blocks, the last three as
 * operations whose results arrive as events of the subscription.
 */
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { encodeHeader } from '../blockchain/header.js';
import type { RuntimeVersionValue } from '../frame/runtime-api.js';
import { bool, type Hex, hash, hashes, hex, subscriptionId, text } from './params.js';
import type { RpcConnection, RpcContext } from './rpc-context.js';
import { RPC_ERROR, RpcError, toRpcError } from './rpc-error.js';
import { invalid, method, optional, type Param, param, result } from './rpc-method.js';
import { requireSubscriptions } from './subscriptions.js';

const EVENT = 'chainHead_v1_followEvent';
/** Blocks one subscription may hold pinned; past it the subscription stops (as the spec allows). */
const MAX_PINNED = 512;
/** Storage items per `operationStorageItems` event. */
const ITEMS_PER_EVENT = 1024;

/** One follow subscription's state. */
interface Follow {
  readonly pinned: Set<string>;
  nextOperation: number;
}

/** Each connection's follow subscriptions by id. */
const followsByConnection = new WeakMap<RpcConnection, Map<string, Follow>>();

function followsOf(conn: RpcConnection): Map<string, Follow> {
  let follows = followsByConnection.get(conn);
  if (follows === undefined) {
    follows = new Map();
    followsByConnection.set(conn, follows);
  }
  return follows;
}

/** The runtime as `chainHead_v1_follow` with `withRuntime` describes it. */
function runtimeSpec(v: RuntimeVersionValue) {
  return {
    type: 'valid',
    spec: {
      specName: v.specName,
      implName: v.implName,
      specVersion: v.specVersion,
      implVersion: v.implVersion,
      transactionVersion: v.transactionVersion,
      apis: Object.fromEntries(v.apis),
    },
  };
}

function notPinned(block: string): RpcError {
  return new RpcError(RPC_ERROR.INVALID_BLOCK, 'Invalid block hash', `block ${block} is not pinned`);
}

/** The pinned state of `block`, or `-32801` when the subscription has not pinned it. */
function pinnedBlock(ctx: RpcContext, follow: Follow, block: Hex) {
  const info = ctx.chain.blockByHash(block);
  if (!follow.pinned.has(block) || info === undefined) throw notPinned(block);
  return info;
}

/**
 * Starts an operation on a follow subscription: its id now, its events after the response
 * (`run` returns them; a throw becomes `operationError`).
 */
function startOperation(
  conn: RpcConnection,
  id: string,
  follow: Follow,
  run: (operationId: string) => object[],
): { result: 'started'; operationId: string } {
  const operationId = String(follow.nextOperation++);
  setImmediate(() => {
    let events: object[];
    try {
      events = run(operationId);
    } catch (error) {
      events = [{ event: 'operationError', operationId, error: toRpcError(error).shortMessage }];
    }
    for (const e of events) conn.notify(EVENT, id, e);
  });
  return { result: 'started', operationId };
}

const STORAGE_TYPES = [
  'value',
  'hash',
  'closestDescendantMerkleValue',
  'descendantsValues',
  'descendantsHashes',
] as const;
type StorageQueryType = (typeof STORAGE_TYPES)[number];

function isStorageQueryType(v: unknown): v is StorageQueryType {
  return STORAGE_TYPES.some((t) => t === v);
}

/** `chainHead_v1_storage`'s items: `{ key, type }` objects. */
function storageItems(name: string): Param<{ key: Hex; type: StorageQueryType }[]> {
  const key = hex('key');
  return param(name, '{ key: hex, type }[]', (v) => {
    if (!Array.isArray(v)) return invalid('an array of { key, type }');
    const out: { key: Hex; type: StorageQueryType }[] = [];
    for (const item of v) {
      const k: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'key') : undefined;
      const t: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'type') : undefined;
      const read = key.read(k);
      if (typeof read !== 'string' || !isStorageQueryType(t)) {
        return invalid(`items of { key: hex, type: ${STORAGE_TYPES.join(' | ')} }`);
      }
      out.push({ key: read, type: t });
    }
    return out;
  });
}

const followSubscription = subscriptionId('followSubscription');
const LIMIT_REACHED = { result: 'limitReached' } as const;
type Started = { result: 'started'; operationId: string } | typeof LIMIT_REACHED;

/** `chainHead_v1_*`: following blocks and reading pinned ones, as the new JSON-RPC spec defines. */
export const chainHeadMethods = {
  chainHead_v1_follow: method({
    params: [bool('withRuntime')],
    result: result<string>('subscription id'),
    doc: '`chainHead_v1_followEvent` notifications: `initialized`, then `newBlock`, `bestBlockChanged`, `finalized` per block (each block is pinned until unpinned)',
    handler: (ctx, [withRuntime], conn) => {
      requireSubscriptions(conn);
      const follows = followsOf(conn);
      let off = () => {};
      const id = conn.subscribe(EVENT, () => {
        off();
        follows.delete(id);
      });
      const head = ctx.chain.head();
      // The head and its parent: clients such as dedot look up the finalized block's parent.
      const parent = head.number > 0 ? u8aToHex(head.header.parentHash) : undefined;
      const finalized = parent === undefined ? [head.hash] : [parent, head.hash];
      const follow: Follow = { pinned: new Set(finalized), nextOperation: 0 };
      follows.set(id, follow);
      conn.notify(EVENT, id, {
        event: 'initialized',
        finalizedBlockHashes: finalized,
        ...(withRuntime ? { finalizedBlockRuntime: runtimeSpec(ctx.runtime.version) } : {}),
      });
      conn.notify(EVENT, id, { event: 'bestBlockChanged', bestBlockHash: head.hash });
      off = ctx.producer.onBlock(({ block }) => {
        if (follow.pinned.size >= MAX_PINNED) {
          conn.notify(EVENT, id, { event: 'stop' });
          conn.unsubscribe(id);
          return;
        }
        follow.pinned.add(block.hash);
        conn.notify(EVENT, id, {
          event: 'newBlock',
          blockHash: block.hash,
          parentBlockHash: u8aToHex(block.header.parentHash),
          ...(withRuntime ? { newRuntime: null } : {}),
        });
        conn.notify(EVENT, id, { event: 'bestBlockChanged', bestBlockHash: block.hash });
        conn.notify(EVENT, id, {
          event: 'finalized',
          finalizedBlockHashes: [block.hash],
          prunedBlockHashes: [],
        });
      });
      return id;
    },
  }),
  chainHead_v1_unfollow: method({
    params: [followSubscription],
    result: result<null>('null'),
    doc: 'ends a follow subscription (no effect on an unknown one)',
    handler: (_ctx, [id], conn) => {
      if (followsOf(conn).has(id)) conn.unsubscribe(id);
      return null;
    },
  }),
  chainHead_v1_header: method({
    params: [followSubscription, hash('hash')],
    result: result<string | null>('hex | null'),
    doc: 'the SCALE header of a pinned block; null for an unknown subscription',
    handler: (ctx, [id, block], conn) => {
      const follow = followsOf(conn).get(id);
      if (follow === undefined) return null;
      return u8aToHex(encodeHeader(pinnedBlock(ctx, follow, block).header));
    },
  }),
  chainHead_v1_body: method({
    params: [followSubscription, hash('hash')],
    result: result<Started>('{ result: started, operationId } | { result: limitReached }'),
    doc: "starts reading a pinned block's extrinsics: `operationBodyDone` with them",
    handler: (ctx, [id, block], conn) => {
      const follow = followsOf(conn).get(id);
      if (follow === undefined) return LIMIT_REACHED;
      const info = pinnedBlock(ctx, follow, block);
      return startOperation(conn, id, follow, (operationId) => [
        { event: 'operationBodyDone', operationId, value: info.body.map((x) => u8aToHex(x)) },
      ]);
    },
  }),
  chainHead_v1_call: method({
    params: [followSubscription, hash('hash'), text('function'), hex('callParameters')],
    result: result<Started>('{ result: started, operationId } | { result: limitReached }'),
    doc: 'starts a runtime API call on a pinned block: `operationCallDone` with its SCALE output',
    handler: (ctx, [id, block, fn, data], conn) => {
      const follow = followsOf(conn).get(id);
      if (follow === undefined) return LIMIT_REACHED;
      pinnedBlock(ctx, follow, block);
      return startOperation(conn, id, follow, (operationId) => [
        {
          event: 'operationCallDone',
          operationId,
          output: u8aToHex(ctx.runtime.callApi(fn, hexToU8a(data), ctx.chain.stateAt(block))),
        },
      ]);
    },
  }),
  chainHead_v1_storage: method({
    params: [followSubscription, hash('hash'), storageItems('items'), optional(hex('childTrie'))],
    result: result<Started | { result: 'started'; operationId: string; discardedItems: number }>(
      '{ result: started, operationId, discardedItems } | { result: limitReached }',
    ),
    doc: 'starts storage reads on a pinned block (values, hashes, descendants): `operationStorageItems` then `operationStorageDone`',
    handler: (ctx, [id, block, items, childTrie], conn) => {
      const follow = followsOf(conn).get(id);
      if (follow === undefined) return LIMIT_REACHED;
      pinnedBlock(ctx, follow, block);
      const started = startOperation(conn, id, follow, (operationId) => {
        const found = childTrie === undefined ? readStorage(ctx, block, items) : [];
        const events: object[] = [];
        for (let i = 0; i < found.length; i += ITEMS_PER_EVENT) {
          events.push({
            event: 'operationStorageItems',
            operationId,
            items: found.slice(i, i + ITEMS_PER_EVENT),
          });
        }
        events.push({ event: 'operationStorageDone', operationId });
        return events;
      });
      return { ...started, discardedItems: 0 };
    },
  }),
  chainHead_v1_continue: method({
    params: [followSubscription, text('operationId')],
    result: result<null>('null'),
    doc: '`-32803`: no operation of the devnet ever waits for `continue`',
    handler: (_ctx, [id], conn) => {
      if (followsOf(conn).has(id)) {
        throw new RpcError(RPC_ERROR.NOT_WAITING, 'Operation is not waiting for continue');
      }
      return null;
    },
  }),
  chainHead_v1_stopOperation: method({
    params: [followSubscription, text('operationId')],
    result: result<null>('null'),
    doc: 'stops an operation (operations finish at once: no effect)',
    handler: () => null,
  }),
  chainHead_v1_unpin: method({
    params: [followSubscription, hashes('hashOrHashes')],
    result: result<null>('null'),
    doc: 'unpins blocks (`-32801`, and nothing unpinned, when one is not pinned)',
    handler: (_ctx, [id, blocks], conn) => {
      const follow = followsOf(conn).get(id);
      if (follow === undefined) return null;
      const missing = blocks.find((b) => !follow.pinned.has(b));
      if (missing !== undefined || new Set(blocks).size !== blocks.length)
        throw notPinned(missing ?? blocks[0] ?? '');
      for (const b of blocks) follow.pinned.delete(b);
      return null;
    },
  }),
};

/** The storage items a `chainHead_v1_storage` query finds at `block`. */
function readStorage(ctx: RpcContext, block: Hex, items: readonly { key: Hex; type: StorageQueryType }[]) {
  const state = ctx.chain.stateAt(block);
  const out: Record<string, string>[] = [];
  for (const { key, type } of items) {
    switch (type) {
      case 'value':
      case 'hash':
      case 'closestDescendantMerkleValue': {
        const value = state.get(key);
        if (value === null) break;
        const hashed = blake2AsHex(hexToU8a(value), 256);
        out.push(type === 'value' ? { key, value } : { key, [type]: hashed });
        break;
      }
      case 'descendantsValues':
      case 'descendantsHashes':
        for (const k of state.keys(key)) {
          const value = state.get(k);
          if (value === null) continue;
          out.push(
            type === 'descendantsValues'
              ? { key: k, value }
              : { key: k, hash: blake2AsHex(hexToU8a(value), 256) },
          );
        }
        break;
    }
  }
  return out;
}
