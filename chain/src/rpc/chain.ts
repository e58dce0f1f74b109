import { u8aToHex } from '@polkadot/util';
import { headerToJson } from '../blockchain/header.js';
import { optionalHashParam } from './params.js';
import type { RpcConnection, RpcContext, RpcHandler, RpcMethodTable } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';

function blockHashParam(ctx: RpcContext, value: unknown): string | null {
  if (value === undefined || value === null) return ctx.chain.head().hash;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^0x[0-9a-fA-F]{1,16}$/.test(value)
        ? Number.parseInt(value.slice(2), 16)
        : typeof value === 'string' && /^\d+$/.test(value)
          ? Number(value)
          : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', 'parameter 0: expected a block number');
  }
  return ctx.chain.hashByNumber(n) ?? null;
}

const getHeader: RpcHandler = (ctx, params) => {
  const hash = optionalHashParam(params, 0);
  const block = hash === undefined ? ctx.chain.head() : ctx.chain.blockByHash(hash);
  return block === undefined ? null : headerToJson(block.header);
};

/** A head subscription: the current head now, then every new block. */
function headSubscription(notification: string): RpcHandler {
  return (ctx, _params, conn: RpcConnection) => {
    if (!conn.canSubscribe)
      throw new RpcError(RPC_ERROR.METHOD_NOT_FOUND, 'Subscriptions are not available on this transport');
    let off = () => {};
    const id = conn.subscribe(notification, () => off());
    conn.notify(notification, id, headerToJson(ctx.chain.head().header));
    off = ctx.producer.onBlock((b) => conn.notify(notification, id, headerToJson(b.block.header)));
    return id;
  };
}

const unsubscribe: RpcHandler = (_ctx, params, conn) => conn.unsubscribe(String(params[0] ?? ''));

/** `chain_*`: blocks, headers, hashes and head subscriptions (finality is immediate). */
export const chainMethods: RpcMethodTable = {
  chain_getBlockHash: (ctx, params) => {
    if (Array.isArray(params[0])) return params[0].map((v) => blockHashParam(ctx, v));
    return blockHashParam(ctx, params[0]);
  },
  chain_getHeader: getHeader,
  chain_getHead: getHeader,
  chain_getBlock: (ctx, params) => {
    const hash = optionalHashParam(params, 0);
    const block = hash === undefined ? ctx.chain.head() : ctx.chain.blockByHash(hash);
    if (block === undefined) return null;
    return {
      block: { header: headerToJson(block.header), extrinsics: block.body.map((x) => u8aToHex(x)) },
      justifications: null,
    };
  },
  chain_getFinalizedHead: (ctx) => ctx.chain.head().hash,
  chain_getFinalisedHead: (ctx) => ctx.chain.head().hash,
  chain_subscribeNewHeads: headSubscription('chain_newHead'),
  chain_subscribeNewHead: headSubscription('chain_newHead'),
  subscribe_newHead: headSubscription('chain_newHead'),
  chain_unsubscribeNewHeads: unsubscribe,
  chain_unsubscribeNewHead: unsubscribe,
  unsubscribe_newHead: unsubscribe,
  chain_subscribeFinalizedHeads: headSubscription('chain_finalizedHead'),
  chain_subscribeFinalisedHeads: headSubscription('chain_finalizedHead'),
  chain_unsubscribeFinalizedHeads: unsubscribe,
  chain_unsubscribeFinalisedHeads: unsubscribe,
  chain_subscribeAllHeads: headSubscription('chain_allHead'),
  chain_unsubscribeAllHeads: unsubscribe,
};
