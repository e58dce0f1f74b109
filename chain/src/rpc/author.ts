import { hexToU8a, u8aToHex } from '@polkadot/util';
import type { TransactionStatus } from '../blockchain/transaction-pool.js';
import type { DecodedExtrinsic } from '../runtime/extrinsic.js';
import { hexParam } from './params.js';
import type { RpcContext, RpcHandler, RpcMethodTable } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';

function decodeParam(ctx: RpcContext, params: unknown[]): DecodedExtrinsic {
  return ctx.chain.decode(hexToU8a(hexParam(params, 0)));
}

const FINAL = (s: TransactionStatus) =>
  typeof s === 'string' ? s === 'invalid' || s === 'dropped' : 'finalized' in s || 'usurped' in s;

const submitAndWatch: RpcHandler = async (ctx, params, conn) => {
  if (!conn.canSubscribe)
    throw new RpcError(RPC_ERROR.METHOD_NOT_FOUND, 'Subscriptions are not available on this transport');
  const xt = decodeParam(ctx, params);
  const hash = u8aToHex(xt.hash);
  // The subscription comes first: a connection at its subscription limit is refused before the
  // transaction enters the pool. Statuses are forwarded once the pool has accepted it.
  let id = '';
  let accepted = false;
  const off = ctx.pool.onStatus((h, s) => {
    if (h !== hash || !accepted) return;
    conn.notify('author_extrinsicUpdate', id, s);
    if (FINAL(s)) conn.unsubscribe(id);
  });
  try {
    id = conn.subscribe('author_extrinsicUpdate', off);
  } catch (error) {
    off();
    throw error;
  }
  let status: 'ready' | 'future';
  try {
    status = await ctx.pool.submitAsync(xt);
  } catch (error) {
    conn.unsubscribe(id);
    throw error;
  }
  accepted = true;
  conn.notify('author_extrinsicUpdate', id, status);
  ctx.producer.notifySubmitted();
  return id;
};

/** `author_*`: submitting and watching extrinsics, and the pool's content. */
export const authorMethods: RpcMethodTable = {
  author_submitExtrinsic: async (ctx, params) => {
    const xt = decodeParam(ctx, params);
    await ctx.pool.submitAsync(xt);
    ctx.producer.notifySubmitted();
    return u8aToHex(xt.hash);
  },
  author_submitAndWatchExtrinsic: submitAndWatch,
  author_unwatchExtrinsic: (_ctx, params, conn) => conn.unsubscribe(String(params[0] ?? '')),
  author_pendingExtrinsics: (ctx) => ctx.pool.pending().map((t) => u8aToHex(t.xt.bytes)),
};
