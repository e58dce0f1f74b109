import { optionalHashParam, uintParam } from './params.js';
import type { RpcHandler, RpcMethodTable } from './rpc-context.js';

function u16le(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >> 8) & 0xff]);
}

/**
 * A subtensor custom RPC: runs a runtime API at the optional block hash (the last parameter) and returns
 * its SCALE result as a JSON array of bytes, as subtensor's `pallets/subtensor/rpc` does.
 */
function viaApi(method: string, argc: number, encodeArgs: (params: unknown[]) => Uint8Array): RpcHandler {
  return (ctx, params) => {
    const state = ctx.chain.stateAt(optionalHashParam(params, argc));
    return Array.from(ctx.runtime.callApi(method, encodeArgs(params), state));
  };
}

const netuidArg = (params: unknown[]) => u16le(uintParam(params, 0));
const netuidUidArgs = (params: unknown[]) => {
  const out = new Uint8Array(4);
  out.set(u16le(uintParam(params, 0)));
  out.set(u16le(uintParam(params, 1)), 2);
  return out;
};
const none = () => new Uint8Array();

/**
 * `neuronInfo_*` and `subnetInfo_*`: subtensor's custom JSON-RPC methods for what the devnet implements.
 *
 * @example
 * // → [4, 212, 53, …] (SCALE Vec<NeuronInfoLite>)
 * await provider.send('neuronInfo_getNeuronsLite', [1]);
 */
export const subtensorMethods: RpcMethodTable = {
  neuronInfo_getNeuronsLite: viaApi('NeuronInfoRuntimeApi_get_neurons_lite', 1, netuidArg),
  neuronInfo_getNeuronLite: viaApi('NeuronInfoRuntimeApi_get_neuron_lite', 2, netuidUidArgs),
  neuronInfo_getNeurons: viaApi('NeuronInfoRuntimeApi_get_neurons', 1, netuidArg),
  neuronInfo_getNeuron: viaApi('NeuronInfoRuntimeApi_get_neuron', 2, netuidUidArgs),
  subnetInfo_getSubnetHyperparams: viaApi('SubnetInfoRuntimeApi_get_subnet_hyperparams', 1, netuidArg),
  subnetInfo_getSubnetHyperparamsV2: viaApi('SubnetInfoRuntimeApi_get_subnet_hyperparams_v2', 1, netuidArg),
  subnetInfo_getMetagraph: viaApi('SubnetInfoRuntimeApi_get_metagraph', 1, netuidArg),
  subnetInfo_getDynamicInfo: viaApi('SubnetInfoRuntimeApi_get_dynamic_info', 1, netuidArg),
  subnetInfo_getAllDynamicInfo: viaApi('SubnetInfoRuntimeApi_get_all_dynamic_info', 0, none),
  subnetInfo_getLockCost: viaApi('SubnetRegistrationRuntimeApi_get_network_registration_cost', 0, none),
};
