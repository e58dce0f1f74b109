/** What subscription methods share: the transport check and the one `unsubscribe` handler. */
import { subscriptionId } from './params.js';
import type { RpcConnection } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';
import { method, result } from './rpc-method.js';

/** Refuses subscriptions on a transport without them (HTTP). @example requireSubscriptions(conn); */
export function requireSubscriptions(conn: RpcConnection): void {
  if (!conn.canSubscribe)
    throw new RpcError(RPC_ERROR.METHOD_NOT_FOUND, 'Subscriptions are not available on this transport');
}

/** Ends a subscription by id; false when the id is unknown (every `*_unsubscribe*` method). */
export const unsubscribe = method({
  params: [subscriptionId('id')],
  result: result<boolean>('bool'),
  doc: 'ends a subscription; false when the id is unknown',
  handler: (_ctx, [id], conn) => conn.unsubscribe(id),
});
