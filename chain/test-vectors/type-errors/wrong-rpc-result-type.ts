/** An RPC handler returning something other than its declared result. */
import { hex } from '../../src/rpc/params.js';
import { method, result } from '../../src/rpc/rpc-method.js';

export const getStorage = method({
  params: [hex('key')],
  result: result<string | null>('hex | null'),
  doc: 'a storage value',
  handler: (ctx, [key]) => ctx.chain.stateAt().get(key)?.length,
});
