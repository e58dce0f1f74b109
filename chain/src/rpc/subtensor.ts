import { hash, uint } from './params.js';
import type { RpcContext } from './rpc-context.js';
import { method, optional, type RpcMethod, result } from './rpc-method.js';

function u16le(...values: number[]): Uint8Array {
  return Uint8Array.from(values.flatMap((n) => [n & 0xff, (n >> 8) & 0xff]));
}

const at = optional(hash('at'));
const answer = result<number[]>('SCALE bytes as a number[]');

/** Runs runtime API `api` on SCALE `args` at block `at`: the result's bytes as a JSON array. */
function callApi(ctx: RpcContext, api: string, args: Uint8Array, block: string | undefined): number[] {
  return Array.from(ctx.runtime.callApi(api, args, ctx.chain.stateAt(block)));
}

/**
 * A subtensor custom RPC of a runtime API taking no arguments, `netuid`, or `netuid` and `uid`; the
 * block hash comes last and the SCALE result is a JSON array of bytes, as subtensor's
 * `pallets/subtensor/rpc` does.
 */
const viaApi = {
  none: (api: string): RpcMethod =>
    method({
      params: [at],
      result: answer,
      doc: `runtime API \`${api}\` at block \`at\``,
      handler: (ctx, [block]) => callApi(ctx, api, new Uint8Array(), block),
    }),
  netuid: (api: string): RpcMethod =>
    method({
      params: [uint('netuid'), at],
      result: answer,
      doc: `runtime API \`${api}\` at block \`at\``,
      handler: (ctx, [netuid, block]) => callApi(ctx, api, u16le(netuid), block),
    }),
  uid: (api: string): RpcMethod =>
    method({
      params: [uint('netuid'), uint('uid'), at],
      result: answer,
      doc: `runtime API \`${api}\` at block \`at\``,
      handler: (ctx, [netuid, uid, block]) => callApi(ctx, api, u16le(netuid, uid), block),
    }),
};

/**
 * `neuronInfo_*` and `subnetInfo_*`: subtensor's custom JSON-RPC methods for what the devnet implements.
 *
 * @example
 * // → [4, 212, 53, …] (SCALE Vec<NeuronInfoLite>)
 * await provider.send('neuronInfo_getNeuronsLite', [1]);
 */
export const subtensorMethods = {
  neuronInfo_getNeuronsLite: viaApi.netuid('NeuronInfoRuntimeApi_get_neurons_lite'),
  neuronInfo_getNeuronLite: viaApi.uid('NeuronInfoRuntimeApi_get_neuron_lite'),
  neuronInfo_getNeurons: viaApi.netuid('NeuronInfoRuntimeApi_get_neurons'),
  neuronInfo_getNeuron: viaApi.uid('NeuronInfoRuntimeApi_get_neuron'),
  subnetInfo_getSubnetHyperparams: viaApi.netuid('SubnetInfoRuntimeApi_get_subnet_hyperparams'),
  subnetInfo_getSubnetHyperparamsV2: viaApi.netuid('SubnetInfoRuntimeApi_get_subnet_hyperparams_v2'),
  subnetInfo_getMetagraph: viaApi.netuid('SubnetInfoRuntimeApi_get_metagraph'),
  subnetInfo_getDynamicInfo: viaApi.netuid('SubnetInfoRuntimeApi_get_dynamic_info'),
  subnetInfo_getAllDynamicInfo: viaApi.none('SubnetInfoRuntimeApi_get_all_dynamic_info'),
  subnetInfo_getLockCost: viaApi.none('SubnetRegistrationRuntimeApi_get_network_registration_cost'),
};
