/** `chainSpec_v1_*` of the new JSON-RPC spec: the chain's name, genesis hash and properties. */
import type { NodeInfo } from './rpc-context.js';
import { method, result } from './rpc-method.js';

/** `chainSpec_v1_*`: what identifies the chain. */
export const chainSpecMethods = {
  chainSpec_v1_chainName: method({
    params: [],
    result: result<string>('string'),
    doc: "the chain's name (as `system_chain`)",
    handler: (ctx) => ctx.info.chainName,
  }),
  chainSpec_v1_genesisHash: method({
    params: [],
    result: result<string>('hash'),
    doc: "the genesis block's hash",
    handler: (ctx) => ctx.chain.genesisHash,
  }),
  chainSpec_v1_properties: method({
    params: [],
    result: result<NodeInfo['properties']>('{ ss58Format, tokenDecimals, tokenSymbol }'),
    doc: "the chain's properties (as `system_properties`)",
    handler: (ctx) => ctx.info.properties,
  }),
};
