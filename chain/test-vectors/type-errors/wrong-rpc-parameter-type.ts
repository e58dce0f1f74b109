/** An RPC handler using a hex parameter as a number. */
import { hex } from '../../src/rpc/params.js';
import { method, result } from '../../src/rpc/rpc-method.js';

export const getStorage = method({
  params: [hex('key')],
  result: result<number>('uint'),
  doc: 'a key as a number',
  handler: (_ctx, [key]) => key.toFixed(0),
});
