import { hexToU8a, u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { DispatchError } from '../frame/primitives.js';
import { encode } from '../frame/scale/codec.js';
import { encodeApplyExtrinsicResult } from '../frame/transaction-validity.js';
import { Account } from '../pallets/system/storage.js';
import { hexParam, optionalHashParam, stringParam } from './params.js';
import type { RpcMethodTable } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';

/** `system_*`: node identity, health, and the next account nonce. */
export const systemMethods: RpcMethodTable = {
  system_name: (ctx) => ctx.info.nodeName,
  system_version: (ctx) => ctx.info.nodeVersion,
  system_chain: (ctx) => ctx.info.chainName,
  system_chainType: () => 'Development',
  system_properties: (ctx) => ctx.info.properties,
  system_health: () => ({ peers: 0, isSyncing: false, shouldHavePeers: false }),
  system_peers: () => [],
  system_localPeerId: () => '12D3KooWSubnetkitDevnet',
  system_localListenAddresses: () => [],
  system_nodeRoles: () => ['Authority'],
  system_syncState: (ctx) => {
    const n = ctx.chain.head().number;
    return { startingBlock: 0, currentBlock: n, highestBlock: n };
  },
  system_accountNextIndex: (ctx, params) => {
    const address = stringParam(params, 0);
    let who: Uint8Array;
    try {
      who =
        address.startsWith('0x') && address.length === 66
          ? Buffer.from(address.slice(2), 'hex')
          : decodeAddress(address);
    } catch {
      throw new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', 'parameter 0: expected an SS58 address');
    }
    const stateNonce = Account.get(ctx.chain.stateAt(), who).nonce;
    return ctx.pool.nextNonce(who, stateNonce);
  },
};
systemMethods.account_nextIndex = systemMethods.system_accountNextIndex!;

/** `system_dryRun(extrinsic, at?)`: SCALE `ApplyExtrinsicResult` of applying it on the head. */
systemMethods.system_dryRun = (ctx, params) => {
  const xt = ctx.chain.decode(hexToU8a(hexParam(params, 0)));
  const at = optionalHashParam(params, 1);
  if (at !== undefined && at !== ctx.chain.head().hash) {
    throw new RpcError(RPC_ERROR.CLIENT_ERROR, 'Client error: dry runs are only supported at the best block');
  }
  const result = ctx.chain.dryRun(xt);
  const bytes = result.valid
    ? encodeApplyExtrinsicResult(
        result.error === undefined
          ? { valid: true }
          : { valid: true, dispatchError: encode(DispatchError, result.error) },
      )
    : encodeApplyExtrinsicResult({ valid: false, error: result.error });
  return u8aToHex(bytes);
};
