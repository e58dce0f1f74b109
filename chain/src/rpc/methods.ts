import { authorMethods } from './author.js';
import { chainMethods } from './chain.js';
import { chainHeadMethods } from './chain-head.js';
import { chainSpecMethods } from './chain-spec.js';
import { delegateInfoMethods } from './delegate-info.js';
import { devMethods } from './dev.js';
import { paymentMethods } from './payment.js';
import { method, type RpcMethodTable, result } from './rpc-method.js';
import { stateMethods } from './state.js';
import { subnetkitMethods } from './subnetkit.js';
import { subtensorMethods } from './subtensor.js';
import { swapMethods } from './swap.js';
import { systemMethods } from './system.js';
import { transactionMethods } from './transaction.js';

/**
 * The one table of JSON-RPC methods the node serves (aliases included); `rpc_methods` lists its names
 * and docs/devnet.md its declarations. Dev methods are included only when `devRpc` is true.
 *
 * @example
 * const table = createMethodTable({ devRpc: true });
 * Object.keys(table).includes('chain_subscribeNewHeads') // true
 */
export function createMethodTable(options: { devRpc: boolean }): RpcMethodTable {
  const served: RpcMethodTable = {
    ...systemMethods,
    ...chainMethods,
    ...stateMethods,
    ...authorMethods,
    ...paymentMethods,
    ...subtensorMethods,
    ...swapMethods,
    ...delegateInfoMethods,
    ...chainHeadMethods,
    ...chainSpecMethods,
    ...transactionMethods,
    ...subnetkitMethods,
    ...(options.devRpc ? devMethods : {}),
  };
  const methods = [...Object.keys(served), 'rpc_methods'].sort();
  return {
    ...served,
    rpc_methods: method({
      params: [],
      result: result<{ version: number; methods: string[] }>('{ version: 1, methods }'),
      doc: 'the names of every method served, aliases included',
      handler: () => ({ version: 1, methods }),
    }),
  };
}
