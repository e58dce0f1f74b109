/**
 * Subtensor's runtime APIs (`pallets/subtensor/runtime-api`): `NeuronInfoRuntimeApi`, the implemented part
 * of `SubnetInfoRuntimeApi` and `SubnetRegistrationRuntimeApi`, declared for metadata V15 and `state_call`.
 */
import { apiMethod, type RuntimeApiDecl } from '../../frame/runtime-api.js';
import type { TypeDef } from '../../frame/scale/type-def.js';
import {
  AccountId,
  Option,
  type OptionValue,
  scaleType,
  u8,
  u16,
  u64,
  Vec,
} from '../../frame/scale-types.js';
import { BlockNumber } from '../system/storage.js';
import { Metagraph } from './metagraph.js';
import { encodeMetagraph } from './metagraph-encoder.js';
import {
  dynamicInfo,
  hyperparamsV2,
  hyperparamsV3,
  neuronInfo,
  neuronInfos,
  nextEpochStart,
} from './rpc-info.js';
import {
  DynamicInfo,
  NeuronInfo,
  NeuronInfoLite,
  SubnetHyperparams,
  SubnetHyperparamsV2,
  SubnetHyperparamsV3,
} from './rpc-types.js';
import { NetUid, TaoBalance } from './scale-types.js';
import { selectiveMetagraphMethods } from './selective-metagraph.js';
import { AutoStakeDestination } from './storage.js';
import { subnetInfoV2Methods } from './subnet-info-v2.js';
import { subnetStateMethods } from './subnet-state.js';
import { allNetuids, lockCost } from './subnets.js';

/** An answer struct, built as a codec value by `rpc-info.ts`. */
const info = (def: TypeDef) => scaleType<Record<string, unknown>>(def, undefined);

function some<V>(value: V | undefined): OptionValue<V> {
  return value === undefined ? { type: 'None' } : { type: 'Some', value };
}

/**
 * The subtensor runtime APIs.
 *
 * @example
 * const apis = [...runtimeApis(xt), ...subtensorRuntimeApis()];
 */
export function subtensorRuntimeApis(): RuntimeApiDecl[] {
  const netuid = { netuid: u16 };
  const neuron = { netuid: u16, uid: u16 };
  return [
    {
      name: 'NeuronInfoRuntimeApi',
      version: 1,
      methods: [
        apiMethod('get_neurons', netuid, Vec(info(NeuronInfo)), ({ state }, a) =>
          neuronInfos(state, a.netuid, true),
        ),
        apiMethod('get_neuron', neuron, Option(info(NeuronInfo)), ({ state }, a) =>
          some(neuronInfo(state, a.netuid, a.uid, true)),
        ),
        apiMethod('get_neurons_lite', netuid, Vec(info(NeuronInfoLite)), ({ state }, a) =>
          neuronInfos(state, a.netuid),
        ),
        apiMethod('get_neuron_lite', neuron, Option(info(NeuronInfoLite)), ({ state }, a) =>
          some(neuronInfo(state, a.netuid, a.uid)),
        ),
      ],
    },
    {
      name: 'SubnetInfoRuntimeApi',
      version: 1,
      methods: [
        apiMethod('get_subnet_hyperparams', netuid, Option(info(SubnetHyperparams)), ({ state }, a) =>
          some(hyperparamsV2(state, a.netuid)),
        ),
        apiMethod('get_subnet_hyperparams_v2', netuid, Option(info(SubnetHyperparamsV2)), ({ state }, a) =>
          some(hyperparamsV2(state, a.netuid)),
        ),
        apiMethod(
          'get_subnet_hyperparams_v3',
          netuid,
          Option(scaleType<ReturnType<typeof hyperparamsV3> & {}>(SubnetHyperparamsV3, undefined)),
          ({ state }, a) => some(hyperparamsV3(state, a.netuid)),
        ),
        apiMethod('get_metagraph', netuid, Option(info(Metagraph)), {
          encoded: ({ state }, a) => encodeMetagraph(state, a.netuid),
        }),
        // One mechanism per subnet on the devnet: mechanism 0's graph is the subnet's metagraph, others are None.
        apiMethod('get_mechagraph', { netuid: u16, mecid: u8 }, Option(info(Metagraph)), {
          encoded: ({ state }, a) => (a.mecid === 0 ? encodeMetagraph(state, a.netuid) : new Uint8Array([0])),
        }),
        apiMethod('get_dynamic_info', netuid, Option(info(DynamicInfo)), ({ state }, a) =>
          some(dynamicInfo(state, a.netuid)),
        ),
        apiMethod('get_all_dynamic_info', {}, Vec(Option(info(DynamicInfo))), ({ state }) =>
          allNetuids(state).map((n) => some(dynamicInfo(state, n))),
        ),
        apiMethod('get_next_epoch_start_block', netuid, Option(u64), ({ state }, a) =>
          some(nextEpochStart(state, a.netuid)),
        ),
        apiMethod(
          'get_coldkey_auto_stake_hotkey',
          { coldkey: AccountId, netuid: NetUid },
          Option(AccountId),
          ({ state }, a) => some(AutoStakeDestination.get(state, a.coldkey, a.netuid)),
        ),
        ...subnetInfoV2Methods,
        ...subnetStateMethods,
        ...selectiveMetagraphMethods,
      ],
    },
    {
      name: 'SubnetRegistrationRuntimeApi',
      version: 1,
      methods: [
        apiMethod('get_network_registration_cost', {}, TaoBalance, ({ state }) =>
          lockCost(state, BigInt(BlockNumber.get(state))),
        ),
      ],
    },
  ];
}
