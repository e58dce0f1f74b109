import { RPC_ERROR, RpcError } from './rpc-error.js';
import type { RpcMethodTable } from './rpc-method.js';

/**
 * `--rpc-methods`: `unsafe` serves every method, `safe` refuses the unsafe ones (declared `unsafe: true`: the
 * `dev_*` controls, `state_getKeys` and `system_dryRun`, as in Substrate, and `subnetkit_forecast`, which runs up to
 * thousands of blocks; submitting transactions is safe, since a transaction
 * must be signed), `auto` (the default) is `unsafe` when the server listens on a loopback address only and
 * `safe` otherwise, as Substrate decides.
 */
export type RpcMethodsMode = 'safe' | 'unsafe' | 'auto';

/**
 * Whether unsafe methods are served for a mode and listen address.
 *
 * @example
 * servesUnsafeMethods('auto', '127.0.0.1') // true
 * servesUnsafeMethods('auto', '0.0.0.0') // false
 */
export function servesUnsafeMethods(mode: RpcMethodsMode, host: string): boolean {
  if (mode !== 'auto') return mode === 'unsafe';
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

const refuse = () => {
  throw new RpcError(RPC_ERROR.METHOD_NOT_FOUND, 'RPC call is unsafe to be called externally');
};

/**
 * The table with every method declared `unsafe` answering Substrate's `-32601 RPC call is unsafe to be called
 * externally`; they stay listed by `rpc_methods`, as Substrate lists them.
 *
 * @example
 * const table = denyUnsafeMethods(createMethodTable({ devRpc: true }));
 */
export function denyUnsafeMethods(table: RpcMethodTable): RpcMethodTable {
  return Object.fromEntries(
    Object.entries(table).map(([name, declared]) => [
      name,
      declared.unsafe ? { ...declared, run: refuse } : declared,
    ]),
  );
}
