/**
 * Subtensor's runtime APIs (`pallets/subtensor/runtime-api`): `NeuronInfoRuntimeApi`, the implemented part
 * of `SubnetInfoRuntimeApi` and `SubnetRegistrationRuntimeApi`, declared for metadata V15 and `state_call`.
 */
import { option, sequence, u16, u64 } from '../../frame/primitives.js';
import type { TypeDef } from '../../frame/scale/type-def.js';
import type { StateReader } from '../../frame/state.js';
import type { RuntimeApiDecl } from '../../runtime/runtime-apis.js';
import { BlockNumber } from '../system/storage.js';
import { Metagraph, metagraph } from './metagraph.js';
import { encodeMetagraph } from './metagraph-encoder.js';
import { dynamicInfo, hyperparamsV2, neuronInfo, neuronInfos, nextEpochStart } from './rpc-info.js';
import {
  DynamicInfo,
  NeuronInfo,
  NeuronInfoLite,
  SubnetHyperparams,
  SubnetHyperparamsV2,
} from './rpc-types.js';
import { allNetuids, lockCost } from './subnets.js';
import { TaoBalance } from './types.js';

const some = (v: unknown) => (v === undefined ? { type: 'None' } : { type: 'Some', value: v });
const netuid = { name: 'netuid', type: u16 };
const uid = { name: 'uid', type: u16 };

function method(
  name: string,
  inputs: { name: string; type: TypeDef }[],
  output: TypeDef,
  call: (state: StateReader, args: unknown[]) => unknown,
) {
  return {
    name,
    inputs,
    output,
    call: (host: { state: StateReader }, args: unknown[]) => call(host.state, args),
  };
}

/**
 * The subtensor runtime APIs.
 *
 * @example
 * const apis = [...runtimeApis(xt), ...subtensorRuntimeApis()];
 */
export function subtensorRuntimeApis(): RuntimeApiDecl[] {
  return [
    {
      name: 'NeuronInfoRuntimeApi',
      version: 1,
      methods: [
        method('get_neurons', [netuid], sequence(NeuronInfo), (s, [n]) => neuronInfos(s, n as number, true)),
        method('get_neuron', [netuid, uid], option(NeuronInfo), (s, [n, u]) =>
          some(neuronInfo(s, n as number, u as number, true)),
        ),
        method('get_neurons_lite', [netuid], sequence(NeuronInfoLite), (s, [n]) =>
          neuronInfos(s, n as number),
        ),
        method('get_neuron_lite', [netuid, uid], option(NeuronInfoLite), (s, [n, u]) =>
          some(neuronInfo(s, n as number, u as number)),
        ),
      ],
    },
    {
      name: 'SubnetInfoRuntimeApi',
      version: 1,
      methods: [
        method('get_subnet_hyperparams', [netuid], option(SubnetHyperparams), (s, [n]) =>
          some(hyperparamsV2(s, n as number)),
        ),
        method('get_subnet_hyperparams_v2', [netuid], option(SubnetHyperparamsV2), (s, [n]) =>
          some(hyperparamsV2(s, n as number)),
        ),
        {
          ...method('get_metagraph', [netuid], option(Metagraph), (s, [n]) =>
            some(metagraph(s, n as number)),
          ),
          callEncoded: (host, [n]) => encodeMetagraph(host.state, n as number),
        },
        method('get_dynamic_info', [netuid], option(DynamicInfo), (s, [n]) =>
          some(dynamicInfo(s, n as number)),
        ),
        method('get_all_dynamic_info', [], sequence(option(DynamicInfo)), (s) =>
          allNetuids(s).map((n) => some(dynamicInfo(s, n))),
        ),
        method('get_next_epoch_start_block', [netuid], option(u64), (s, [n]) =>
          some(nextEpochStart(s, n as number)),
        ),
      ],
    },
    {
      name: 'SubnetRegistrationRuntimeApi',
      version: 1,
      methods: [
        method('get_network_registration_cost', [], TaoBalance, (s) =>
          lockCost(s, BigInt(BlockNumber.get(s))),
        ),
      ],
    },
  ];
}
