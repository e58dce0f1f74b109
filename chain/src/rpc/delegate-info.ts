/**
 * `delegateInfo_*`: subtensor's custom RPCs over `DelegateInfoRuntimeApi`; accounts come as `Vec<u8>` (a JSON
 * array of the 32 bytes) and the answer is the SCALE bytes as a JSON array, block hash last.
 */
import { hash } from './params.js';
import type { RpcContext } from './rpc-context.js';
import { invalid, method, optional, param, result } from './rpc-method.js';

const at = optional(hash('at'));
const answer = result<number[]>('SCALE bytes as a number[]');

/** A `Vec<u8>` account id: a JSON array of 32 bytes. */
function accountBytes(name: string) {
  return param(name, 'u8[]', (v) =>
    Array.isArray(v) && v.length === 32 && v.every((b) => Number.isInteger(b) && b >= 0 && b < 256)
      ? Uint8Array.from(v)
      : invalid('an array of the 32 bytes of an account id'),
  );
}

function callApi(ctx: RpcContext, api: string, args: Uint8Array, block: string | undefined): number[] {
  return Array.from(ctx.runtime.callApi(`DelegateInfoRuntimeApi_${api}`, args, ctx.chain.stateAt(block)));
}

/**
 * The `delegateInfo_*` methods.
 *
 * @example
 * await provider.send('delegateInfo_getDelegate', [Array.from(hotkey)]);
 */
export const delegateInfoMethods = {
  delegateInfo_getDelegates: method({
    params: [at],
    result: answer,
    doc: 'runtime API `DelegateInfoRuntimeApi_get_delegates` at block `at`',
    handler: (ctx, [block]) => callApi(ctx, 'get_delegates', new Uint8Array(), block),
  }),
  delegateInfo_getDelegate: method({
    params: [accountBytes('delegate_account_vec'), at],
    result: answer,
    doc: 'runtime API `DelegateInfoRuntimeApi_get_delegate` at block `at`',
    handler: (ctx, [account, block]) => callApi(ctx, 'get_delegate', account, block),
  }),
  delegateInfo_getDelegated: method({
    params: [accountBytes('delegatee_account_vec'), at],
    result: answer,
    doc: 'runtime API `DelegateInfoRuntimeApi_get_delegated` at block `at`',
    handler: (ctx, [account, block]) => callApi(ctx, 'get_delegated', account, block),
  }),
};
