import { authorMethods } from './author.js';
import { chainMethods } from './chain.js';
import { devMethods } from './dev.js';
import { paymentMethods } from './payment.js';
import type { RpcMethodTable } from './rpc-context.js';
import { stateMethods } from './state.js';
import { subtensorMethods } from './subtensor.js';
import { systemMethods } from './system.js';

/**
 * The one table of JSON-RPC methods the node serves (aliases included); `rpc_methods` lists its keys.
 * Dev methods are included only when `devRpc` is true.
 *
 * @example
 * const table = createMethodTable({ devRpc: true });
 * Object.keys(table).includes('chain_subscribeNewHeads') // true
 */
export function createMethodTable(options: { devRpc: boolean }): RpcMethodTable {
  const table: RpcMethodTable = {
    ...systemMethods,
    ...chainMethods,
    ...stateMethods,
    ...authorMethods,
    ...paymentMethods,
    ...subtensorMethods,
    ...(options.devRpc ? devMethods : {}),
  };
  const methods = [...Object.keys(table), 'rpc_methods'].sort();
  table.rpc_methods = () => ({ version: 1, methods });
  return table;
}
