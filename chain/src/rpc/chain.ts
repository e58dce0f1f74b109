import { u8aToHex } from '@polkadot/util';
import { type HeaderJson, headerToJson } from '../blockchain/header.js';
import { type Hex, hash } from './params.js';
import type { RpcContext } from './rpc-context.js';
import { invalid, method, optional, type Param, param, result } from './rpc-method.js';
import { requireSubscriptions, unsubscribe } from './subscriptions.js';

function readBlockNumber(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^0x[0-9a-fA-F]{1,16}$/.test(value)
        ? Number.parseInt(value.slice(2), 16)
        : typeof value === 'string' && /^\d+$/.test(value)
          ? Number(value)
          : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** A block number (number, decimal or `0x` string), or a list of them. */
function blockNumbers(name: string): Param<number | number[]> {
  return param(name, 'uint | uint[]', (v) => {
    const list = Array.isArray(v) ? v.map(readBlockNumber) : [readBlockNumber(v)];
    const numbers = list.filter((n) => n !== undefined);
    if (numbers.length !== list.length) return invalid('a block number');
    return Array.isArray(v) ? numbers : (numbers[0] ?? 0);
  });
}

const blockByHash = (ctx: RpcContext, at: Hex | undefined) =>
  at === undefined ? ctx.chain.head() : ctx.chain.blockByHash(at);

const getHeader = method({
  params: [optional(hash('at'))],
  result: result<HeaderJson | null>('header | null'),
  doc: 'the header of block `at` (default: the head)',
  handler: (ctx, [at]) => {
    const block = blockByHash(ctx, at);
    return block === undefined ? null : headerToJson(block.header);
  },
});

/** A head subscription: the current head now, then every new block. */
function headSubscription(notification: string, doc: string) {
  return method({
    params: [],
    result: result<string>('subscription id'),
    doc,
    handler: (ctx, _params, conn) => {
      requireSubscriptions(conn);
      let off = () => {};
      const id = conn.subscribe(notification, () => off());
      conn.notify(notification, id, headerToJson(ctx.chain.head().header));
      off = ctx.producer.onBlock((b) => conn.notify(notification, id, headerToJson(b.block.header)));
      return id;
    },
  });
}

const newHeads = headSubscription(
  'chain_newHead',
  '`chain_newHead` notifications: the head now, then each new block',
);
const finalizedHeads = headSubscription(
  'chain_finalizedHead',
  '`chain_finalizedHead` notifications (finality is immediate)',
);
const finalizedHead = method({
  params: [],
  result: result<string>('hash'),
  doc: 'the hash of the head (finality is immediate)',
  handler: (ctx) => ctx.chain.head().hash,
});

const getBlockHash = method({
  params: [optional(blockNumbers('number'))],
  result: result<string | null | (string | null)[]>('hash | null, or a list for a list'),
  doc: 'the hash of block `number` (default: the head)',
  handler: (ctx, [number]) => {
    const hashOf = (n: number) => ctx.chain.hashByNumber(n) ?? null;
    if (number === undefined) return ctx.chain.head().hash;
    return Array.isArray(number) ? number.map(hashOf) : hashOf(number);
  },
});

/** `chain_*`: blocks, headers, hashes and head subscriptions (finality is immediate). */
export const chainMethods = {
  chain_getBlockHash: getBlockHash,
  // Substrate declares chain_getHead as an alias of chain_getBlockHash (sc-rpc-api), so it answers a hash, not a header.
  chain_getHead: getBlockHash,
  chain_getHeader: getHeader,
  chain_getBlock: method({
    params: [optional(hash('at'))],
    result: result<{
      block: { header: HeaderJson; extrinsics: string[] };
      justifications: null;
    } | null>('{ block: { header, extrinsics }, justifications } | null'),
    doc: 'block `at` (default: the head) with its extrinsics as hex',
    handler: (ctx, [at]) => {
      const block = blockByHash(ctx, at);
      if (block === undefined) return null;
      return {
        block: { header: headerToJson(block.header), extrinsics: block.body.map((x) => u8aToHex(x)) },
        justifications: null,
      };
    },
  }),
  chain_getFinalizedHead: finalizedHead,
  chain_getFinalisedHead: finalizedHead,
  chain_subscribeNewHeads: newHeads,
  chain_subscribeNewHead: newHeads,
  subscribe_newHead: newHeads,
  chain_unsubscribeNewHeads: unsubscribe,
  chain_unsubscribeNewHead: unsubscribe,
  unsubscribe_newHead: unsubscribe,
  chain_subscribeFinalizedHeads: finalizedHeads,
  chain_subscribeFinalisedHeads: finalizedHeads,
  chain_unsubscribeFinalizedHeads: unsubscribe,
  chain_unsubscribeFinalisedHeads: unsubscribe,
  chain_subscribeAllHeads: headSubscription(
    'chain_allHead',
    '`chain_allHead` notifications (no forks: the new heads)',
  ),
  chain_unsubscribeAllHeads: unsubscribe,
};
