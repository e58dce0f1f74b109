/**
 * `transaction_v1_*` and `transactionWatch_v1_*` of the new JSON-RPC spec: broadcasting a transaction
 * (into the devnet's pool, the only "peer") and watching one through validation, inclusion and
 * finality.
 */
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { TransactionStatus } from '../blockchain/transaction-pool.js';
import { hex, subscriptionId, text } from './params.js';
import type { RpcConnection, RpcContext } from './rpc-context.js';
import { RPC_ERROR, RpcError, toRpcError } from './rpc-error.js';
import { method, result } from './rpc-method.js';
import { requireSubscriptions } from './subscriptions.js';

const WATCH_EVENT = 'transactionWatch_v1_watchEvent';

/** Each connection's broadcasts by operation id: how to stop watching them. */
const broadcastsByConnection = new WeakMap<RpcConnection, Map<string, () => void>>();
let nextBroadcast = 0;

/** `{ hash, index }` of the block that holds transaction `txHash`. */
function blockOf(ctx: RpcContext, blockHash: string, txHash: string) {
  const body = ctx.chain.blockByHash(blockHash)?.body ?? [];
  const index = body.findIndex((x) => blake2AsHex(x, 256) === txHash);
  return { hash: blockHash, index: Math.max(index, 0) };
}

/** A pool status as a `transactionWatch_v1_watchEvent`, and whether it is the last one. */
function watchEvent(ctx: RpcContext, txHash: string, s: TransactionStatus): [object, boolean] {
  if (s === 'ready' || s === 'future') return [{ event: 'validated' }, false];
  if (s === 'invalid') return [{ event: 'invalid', error: 'the transaction is no longer valid' }, true];
  if (s === 'dropped') return [{ event: 'dropped', error: 'dropped from the pool' }, true];
  if ('inBlock' in s)
    return [{ event: 'bestChainBlockIncluded', block: blockOf(ctx, s.inBlock, txHash) }, false];
  if ('finalized' in s) return [{ event: 'finalized', block: blockOf(ctx, s.finalized, txHash) }, true];
  return [{ event: 'invalid', error: `usurped by ${s.usurped}` }, true];
}

/**
 * Submits `bytes` to the pool, calling `onHash` with its hash before the pool sees it (so a watcher
 * misses no status); the error message when it is refused.
 */
async function submit(
  ctx: RpcContext,
  bytes: string,
  onHash: (hash: string) => void = () => {},
): Promise<string | undefined> {
  try {
    const xt = ctx.chain.decode(hexToU8a(bytes));
    onHash(u8aToHex(xt.hash));
    await ctx.pool.submitAsync(xt);
    ctx.producer.notifySubmitted();
    return undefined;
  } catch (error) {
    const e = toRpcError(error);
    return typeof e.data === 'string' ? `${e.shortMessage}: ${e.data}` : e.shortMessage;
  }
}

/** `transaction_v1_*` and `transactionWatch_v1_*`: broadcast, stop, submit and watch. */
export const transactionMethods = {
  transaction_v1_broadcast: method({
    params: [hex('transaction')],
    result: result<string>('operation id'),
    doc: 'submits a transaction to the pool (a refused one is dropped silently, as the spec says); an id for `transaction_v1_stop`',
    handler: (ctx, [bytes], conn) => {
      let broadcasts = broadcastsByConnection.get(conn);
      if (broadcasts === undefined) {
        broadcasts = new Map();
        broadcastsByConnection.set(conn, broadcasts);
      }
      const id = String(nextBroadcast++);
      const active = broadcasts;
      active.set(id, () => active.delete(id));
      void submit(ctx, bytes);
      return id;
    },
  }),
  transaction_v1_stop: method({
    params: [text('operationId')],
    result: result<null>('null'),
    doc: 'stops broadcasting (`-32602` for an unknown operation id)',
    handler: (_ctx, [id], conn) => {
      const stop = broadcastsByConnection.get(conn)?.get(id);
      if (stop === undefined) throw new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid operation id');
      stop();
      return null;
    },
  }),
  transactionWatch_v1_submitAndWatch: method({
    params: [hex('transaction')],
    result: result<string>('subscription id'),
    doc: '`transactionWatch_v1_watchEvent` notifications: `validated` → `bestChainBlockIncluded` → `finalized` (`invalid`/`dropped` otherwise)',
    handler: (ctx, [bytes], conn) => {
      requireSubscriptions(conn);
      let off = () => {};
      const id = conn.subscribe(WATCH_EVENT, () => off());
      const send = (event: object, last: boolean) => {
        conn.notify(WATCH_EVENT, id, event);
        if (last) conn.unsubscribe(id);
      };
      const watch = (txHash: string) => {
        off = ctx.pool.onStatus((h, s) => {
          if (h !== txHash || s === 'ready' || s === 'future') return;
          send(...watchEvent(ctx, h, s));
        });
      };
      void submit(ctx, bytes, watch).then((error) =>
        send(error === undefined ? { event: 'validated' } : { event: 'invalid', error }, error !== undefined),
      );
      return id;
    },
  }),
  transactionWatch_v1_unwatch: method({
    params: [subscriptionId('subscription')],
    result: result<null>('null'),
    doc: 'stops watching a transaction',
    handler: (_ctx, [id], conn) => {
      conn.unsubscribe(id);
      return null;
    },
  }),
};
