/**
 * `SubnetInfoRuntimeApi::get_subnet_info_v2` / `get_subnets_info_v2` (subtensor `rpc_info/subnet_info.rs`):
 * a subnet's parameters with the deprecated fields as on chain (`network_modality` 0, `network_connect`
 * empty, `emission_value` 0, `scaling_law_power` the initial 50); `identity` from `SubnetIdentitiesV3`.
 */
import {
  AccountId32,
  array,
  compact,
  field,
  option,
  sequence,
  struct,
  u16,
  u64,
} from '../../frame/primitives.js';
import { apiMethod, type RuntimeApiMethod } from '../../frame/runtime-api.js';
import { Option, optionValue, scaleType, Vec } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { SubnetIdentityV3 } from './rpc-types.js';
import { NetUid } from './scale-types.js';
import * as S from './storage.js';
import { allNetuids, subnetExists } from './subnets.js';

const c16 = compact(u16);
const c64 = compact(u64);

/** `SubnetInfov2<AccountId32>`. */
export const SubnetInfoV2 = scaleType<Record<string, unknown>>(
  struct(
    ['pallet_subtensor', 'rpc_info', 'subnet_info', 'SubnetInfov2'],
    [
      field('netuid', c16, 'Compact<NetUid>'),
      field('rho', c16, 'Compact<u16>'),
      field('kappa', c16, 'Compact<u16>'),
      field('difficulty', c64, 'Compact<u64>'),
      field('immunity_period', c16, 'Compact<u16>'),
      field('max_allowed_validators', c16, 'Compact<u16>'),
      field('min_allowed_weights', c16, 'Compact<u16>'),
      field('max_weights_limit', c16, 'Compact<u16>'),
      field('scaling_law_power', c16, 'Compact<u16>'),
      field('subnetwork_n', c16, 'Compact<u16>'),
      field('max_allowed_uids', c16, 'Compact<u16>'),
      field('blocks_since_last_step', c64, 'Compact<u64>'),
      field('tempo', c16, 'Compact<u16>'),
      field('network_modality', c16, 'Compact<u16>'),
      field('network_connect', sequence(array(2, u16)), 'Vec<[u16; 2]>'),
      field('emission_value', c64, 'Compact<u64>'),
      field('burn', c64, 'Compact<TaoBalance>'),
      field('owner', AccountId32, 'AccountId'),
      field('identity', option(SubnetIdentityV3), 'Option<SubnetIdentityV3>'),
    ],
    [{ name: 'AccountId', type: AccountId32 }],
  ),
  'SubnetInfov2<AccountId32>',
);

/** The initial `ScalingLawPower` (deprecated, still reported). */
const SCALING_LAW_POWER = 50;

/**
 * `get_subnet_info_v2(netuid)` as a codec value, or undefined for an unknown subnet.
 *
 * @example
 * subnetInfoV2(state, 1)?.tempo
 */
export function subnetInfoV2(state: StateReader, netuid: number): Record<string, unknown> | undefined {
  if (!subnetExists(state, netuid)) return undefined;
  return {
    netuid,
    rho: S.Rho.get(state, netuid),
    kappa: S.Kappa.get(state, netuid),
    difficulty: S.Difficulty.get(state, netuid),
    immunity_period: S.ImmunityPeriod.get(state, netuid),
    max_allowed_validators: S.MaxAllowedValidators.get(state, netuid),
    min_allowed_weights: S.MinAllowedWeights.get(state, netuid),
    max_weights_limit: S.MaxWeightsLimit.get(state, netuid),
    scaling_law_power: SCALING_LAW_POWER,
    subnetwork_n: S.SubnetworkN.get(state, netuid),
    max_allowed_uids: S.MaxAllowedUids.get(state, netuid),
    blocks_since_last_step: S.BlocksSinceLastStep.get(state, netuid),
    tempo: S.Tempo.get(state, netuid),
    network_modality: 0,
    network_connect: [],
    emission_value: 0n,
    burn: S.Burn.get(state, netuid),
    owner: S.SubnetOwner.get(state, netuid),
    identity: optionValue(S.SubnetIdentitiesV3.get(state, netuid)),
  };
}

/**
 * The `SubnetInfoRuntimeApi` methods of this file, merged into that API's declaration.
 *
 * @example
 * methods: [...subnetInfoV2Methods]
 */
export const subnetInfoV2Methods: RuntimeApiMethod[] = [
  apiMethod('get_subnet_info_v2', { netuid: NetUid }, Option(SubnetInfoV2), ({ state }, a) => {
    const info = subnetInfoV2(state, a.netuid);
    return info === undefined ? { type: 'None' } : { type: 'Some', value: info };
  }),
  apiMethod('get_subnets_info_v2', {}, Vec(Option(SubnetInfoV2)), ({ state }) =>
    allNetuids(state).map((netuid) => ({ type: 'Some' as const, value: subnetInfoV2(state, netuid) ?? {} })),
  ),
];
