import { hexToU8a, u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { DispatchError } from '../frame/primitives.js';
import { encode } from '../frame/scale/codec.js';
import { encodeApplyExtrinsicResult } from '../frame/transaction-validity.js';
import { Account } from '../pallets/system/storage.js';
import { hash, hex } from './params.js';
import type { NodeInfo } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';
import { invalid, method, optional, type Param, param, result } from './rpc-method.js';

/** An account as an SS58 address or 32-byte hex. */
function account(name: string): Param<Uint8Array> {
  return param(name, 'ss58 | hex', (v) => {
    if (typeof v !== 'string') return invalid('an SS58 address');
    try {
      return v.startsWith('0x') && v.length === 66 ? hexToU8a(v) : decodeAddress(v);
    } catch {
      return invalid('an SS58 address');
    }
  });
}

/** A constant answer. */
const fixed = <R>(type: string, doc: string, value: (info: NodeInfo) => R) =>
  method({ params: [], result: result<R>(type), doc, handler: (ctx) => value(ctx.info) });

const accountNextIndex = method({
  params: [account('account')],
  result: result<number>('uint'),
  doc: 'the next nonce: the state nonce plus this sender’s pooled transactions',
  handler: (ctx, [who]) => {
    const stateNonce = Account.get(ctx.chain.stateAt(), who).nonce;
    return ctx.pool.nextNonce(who, stateNonce);
  },
});

/** `system_*`: node identity, health, the next account nonce and dry runs. */
export const systemMethods = {
  system_name: fixed('string', 'the node implementation’s name', (info) => info.nodeName),
  system_version: fixed('string', 'the node’s version', (info) => info.nodeVersion),
  system_chain: fixed('string', 'the chain’s name', (info) => info.chainName),
  system_chainType: fixed('string', '`Development`', () => 'Development'),
  system_properties: fixed(
    '{ ss58Format, tokenDecimals, tokenSymbol }',
    '`{ ss58Format: 42, tokenDecimals: 9, tokenSymbol: TAO }`',
    (info) => info.properties,
  ),
  system_health: fixed('{ peers, isSyncing, shouldHavePeers }', 'no peers, not syncing', () => ({
    peers: 0,
    isSyncing: false,
    shouldHavePeers: false,
  })),
  system_peers: fixed<never[]>('[]', 'no peers', () => []),
  system_localPeerId: fixed('string', 'a fixed peer id', () => '12D3KooWSubnetkitDevnet'),
  system_localListenAddresses: fixed<never[]>('[]', 'none', () => []),
  system_nodeRoles: fixed('string[]', '`["Authority"]`', () => ['Authority']),
  system_syncState: method({
    params: [],
    result: result<{ startingBlock: number; currentBlock: number; highestBlock: number }>(
      '{ startingBlock, currentBlock, highestBlock }',
    ),
    doc: 'synced to the head',
    handler: (ctx) => {
      const n = ctx.chain.head().number;
      return { startingBlock: 0, currentBlock: n, highestBlock: n };
    },
  }),
  system_accountNextIndex: accountNextIndex,
  account_nextIndex: accountNextIndex,
  system_dryRun: method({
    unsafe: true,
    params: [hex('extrinsic'), optional(hash('at'))],
    result: result<string>('hex'),
    doc: 'SCALE `ApplyExtrinsicResult` of applying the extrinsic on the head (makes `tx.dryRun` work)',
    handler: (ctx, [extrinsic, at]) => {
      const xt = ctx.chain.decode(hexToU8a(extrinsic));
      if (at !== undefined && at !== ctx.chain.head().hash) {
        throw new RpcError(
          RPC_ERROR.CLIENT_ERROR,
          'Client error: dry runs are only supported at the best block',
        );
      }
      const outcome = ctx.chain.dryRun(xt);
      const bytes = outcome.valid
        ? encodeApplyExtrinsicResult(
            outcome.error === undefined
              ? { valid: true }
              : { valid: true, dispatchError: encode(DispatchError, outcome.error) },
          )
        : encodeApplyExtrinsicResult({ valid: false, error: outcome.error });
      return u8aToHex(bytes);
    },
  }),
};
