import { hexToU8a, u8aToHex } from '@polkadot/util';
import type { TransactionStatus } from '../blockchain/transaction-pool.js';
import { hex } from './params.js';
import { method, result } from './rpc-method.js';
import { requireSubscriptions, unsubscribe } from './subscriptions.js';

const FINAL = (s: TransactionStatus) =>
  typeof s === 'string' ? s === 'invalid' || s === 'dropped' : 'finalized' in s || 'usurped' in s;

const extrinsic = hex('extrinsic');

/** `author_*`: submitting and watching extrinsics, and the pool's content. */
export const authorMethods = {
  author_submitExtrinsic: method({
    params: [extrinsic],
    result: result<string>('hash'),
    doc: 'submits a signed extrinsic to the pool; its hash',
    handler: async (ctx, [bytes]) => {
      const xt = ctx.chain.decode(hexToU8a(bytes));
      await ctx.pool.submitAsync(xt);
      ctx.producer.notifySubmitted();
      return u8aToHex(xt.hash);
    },
  }),
  author_submitAndWatchExtrinsic: method({
    params: [extrinsic],
    result: result<string>('subscription id'),
    doc: '`author_extrinsicUpdate` notifications: `ready`/`future` → `{inBlock}` → `{finalized}` (`{usurped}` or `invalid` otherwise)',
    handler: async (ctx, [bytes], conn) => {
      requireSubscriptions(conn);
      const xt = ctx.chain.decode(hexToU8a(bytes));
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
    },
  }),
  author_unwatchExtrinsic: unsubscribe,
  author_pendingExtrinsics: method({
    params: [],
    result: result<string[]>('hex[]'),
    doc: 'the extrinsics in the pool',
    handler: (ctx) => ctx.pool.pending().map((t) => u8aToHex(t.xt.bytes)),
  }),
};
