/**
 * `SubnetInfoRuntimeApi::get_metagraph`: one call for a whole subnet (v3.4.9 `rpc_info/metagraph.rs`,
 * the 72 fields in struct order). Deprecated per-uid vectors (`pruning_score`, `trust`, `rank`) are empty,
 * as on chain; `identities` are the owners' `IdentitiesV2`; `tao_stake` is the root stake weighted by `TaoWeight`.
 */
import {
  AccountId32,
  bool,
  bytes,
  compact,
  field,
  option,
  sequence,
  struct,
  tuple,
  u8,
  u16,
  u64,
  u128,
} from '../../frame/primitives.js';
import type { TypeDef } from '../../frame/scale/type-def.js';
import { optionValue } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { BlockNumber } from '../system/storage.js';
import { subnetHyperparams, subnetStepAndPool } from './rpc-info.js';
import { I96F32, SubnetIdentityV3 } from './rpc-types.js';
import * as S from './storage.js';
import { nameForSubnet } from './subnet-symbols.js';
import { subnetExists } from './subnets.js';
import { AxonInfo, EMPTY_AXON } from './types.js';

const c16 = compact(u16);
const c64 = compact(u64);
const U64_MAX = (1n << 64n) - 1n;

/** `ChainIdentityV2` (all `Vec<u8>`). */
export const ChainIdentityV2 = struct(
  ['pallet_subtensor', 'pallet', 'ChainIdentityV2'],
  ['name', 'url', 'github_repo', 'image', 'discord', 'description', 'additional'].map((n) =>
    field(n, bytes, 'Vec<u8>'),
  ),
);

/** The subnet-wide fields, `netuid` … `bonds_moving_avg`. */
const HEADER_FIELDS: [string, TypeDef][] = [
  ['netuid', c16],
  ['name', sequence(compact(u8))],
  ['symbol', sequence(compact(u8))],
  ['identity', option(SubnetIdentityV3)],
  ['network_registered_at', c64],
  ['owner_hotkey', AccountId32],
  ['owner_coldkey', AccountId32],
  ['block', c64],
  ['tempo', c16],
  ['last_step', c64],
  ['blocks_since_last_step', c64],
  ['subnet_emission', c64],
  ['alpha_in', c64],
  ['alpha_out', c64],
  ['tao_in', c64],
  ['alpha_out_emission', c64],
  ['alpha_in_emission', c64],
  ['tao_in_emission', c64],
  ['pending_alpha_emission', c64],
  ['pending_root_emission', c64],
  ['subnet_volume', compact(u128)],
  ['moving_price', I96F32],
  ['rho', c16],
  ['kappa', c16],
  ['min_allowed_weights', c16],
  ['max_weights_limit', c16],
  ['weights_version', c64],
  ['weights_rate_limit', c64],
  ['activity_cutoff', c64],
  ['max_validators', c16],
  ['num_uids', c16],
  ['max_uids', c16],
  ['burn', c64],
  ['difficulty', c64],
  ['registration_allowed', bool],
  ['pow_registration_allowed', bool],
  ['immunity_period', c16],
  ['min_difficulty', c64],
  ['max_difficulty', c64],
  ['min_burn', c64],
  ['max_burn', c64],
  ['adjustment_alpha', c64],
  ['adjustment_interval', c16],
  ['target_regs_per_interval', c16],
  ['max_regs_per_block', c16],
  ['serving_rate_limit', c64],
  ['commit_reveal_weights_enabled', bool],
  ['commit_reveal_period', c64],
  ['liquid_alpha_enabled', bool],
  ['alpha_high', c16],
  ['alpha_low', c16],
  ['bonds_moving_avg', c64],
];

/** The per-uid vectors, `hotkeys` … `alpha_dividends_per_hotkey`. */
const NEURON_FIELDS: [string, TypeDef][] = [
  ['hotkeys', sequence(AccountId32)],
  ['coldkeys', sequence(AccountId32)],
  ['identities', sequence(option(ChainIdentityV2))],
  ['axons', sequence(AxonInfo)],
  ['active', sequence(bool)],
  ['validator_permit', sequence(bool)],
  ['pruning_score', sequence(c16)],
  ['last_update', sequence(c64)],
  ['emission', sequence(c64)],
  ['dividends', sequence(c16)],
  ['incentives', sequence(c16)],
  ['consensus', sequence(c16)],
  ['trust', sequence(c16)],
  ['rank', sequence(c16)],
  ['block_at_registration', sequence(c64)],
  ['alpha_stake', sequence(c64)],
  ['tao_stake', sequence(c64)],
  ['total_stake', sequence(c64)],
  ['tao_dividends_per_hotkey', sequence(tuple(AccountId32, c64))],
  ['alpha_dividends_per_hotkey', sequence(tuple(AccountId32, c64))],
];

/** The 72 fields of `Metagraph`, names and types in struct order (`SelectiveMetagraph` wraps them). */
export const METAGRAPH_FIELD_LIST: readonly (readonly [string, TypeDef])[] = [
  ...HEADER_FIELDS,
  ...NEURON_FIELDS,
];

/** `Metagraph<AccountId32>`. */
export const Metagraph = struct(
  ['pallet_subtensor', 'rpc_info', 'metagraph', 'Metagraph'],
  [...HEADER_FIELDS, ...NEURON_FIELDS].map(([n, t]) => field(n, t)),
  [{ name: 'AccountId', type: AccountId32 }],
);

/**
 * The leading subnet-wide fields of `Metagraph` as a struct of their own: its encoding is the first part of
 * a `Metagraph`'s (the per-uid vectors follow). Not a chain type; for encoders that write the vectors
 * themselves.
 */
export const MetagraphHeader = struct(
  ['subnetkit', 'MetagraphHeader'],
  HEADER_FIELDS.map(([n, t]) => field(n, t)),
);

/** The number of fields of `Metagraph` (72 in v3.4.9). */
export const METAGRAPH_FIELDS = METAGRAPH_FIELD_LIST.length;

/**
 * `get_metagraph(netuid)` as a codec value, or undefined for an unknown subnet.
 *
 * @example
 * metagraph(state, 1)?.hotkeys
 */
export function metagraph(state: StateReader, netuid: number): Record<string, unknown> | undefined {
  if (!subnetExists(state, netuid)) return undefined;
  const n = S.SubnetworkN.get(state, netuid);
  const hotkeys = Array.from({ length: n }, (_, uid) => S.Keys.get(state, netuid, uid));
  const taoWeight = S.TaoWeight.get(state);
  const alpha = hotkeys.map((hk) => S.TotalHotkeyAlpha.get(state, hk, netuid));
  const tao = hotkeys.map((hk) => rootStakeAsTao(S.TotalHotkeyAlpha.get(state, hk, 0), taoWeight));
  return {
    ...metagraphHeader(state, netuid),
    hotkeys,
    coldkeys: hotkeys.map((hk) => S.Owner.get(state, hk)),
    identities: hotkeys.map((hk) => optionValue(S.IdentitiesV2.get(state, S.Owner.get(state, hk)))),
    axons: hotkeys.map((hk) => S.Axons.get(state, netuid, hk) ?? EMPTY_AXON),
    active: S.Active.get(state, netuid),
    validator_permit: S.ValidatorPermit.get(state, netuid),
    pruning_score: [],
    last_update: S.LastUpdate.get(state, netuid),
    emission: S.Emission.get(state, netuid),
    dividends: S.Dividends.get(state, netuid),
    incentives: S.Incentive.get(state, netuid),
    consensus: S.Consensus.get(state, netuid),
    trust: [],
    rank: [],
    block_at_registration: hotkeys.map((_, uid) => S.BlockAtRegistration.get(state, netuid, uid)),
    alpha_stake: alpha,
    tao_stake: tao,
    total_stake: alpha.map((a, i) => a + tao[i]),
    tao_dividends_per_hotkey: hotkeys.map((hk) => [hk, 0n]),
    alpha_dividends_per_hotkey: hotkeys.map((hk) => [hk, S.AlphaDividendsPerSubnet.get(state, netuid, hk)]),
  };
}

/**
 * A hotkey's root stake counted in a subnet's metagraph: `stake × TaoWeight / u64::MAX`.
 *
 * @example
 * rootStakeAsTao(1_000n, S.TaoWeight.get(state));
 */
export function rootStakeAsTao(rootStake: bigint, taoWeight: bigint): bigint {
  return (rootStake * taoWeight) / U64_MAX;
}

/**
 * The subnet-wide fields of `get_metagraph(netuid)` (encode with {@link MetagraphHeader}) for an existing
 * subnet.
 *
 * @example
 * encode(MetagraphHeader, metagraphHeader(state, 1));
 */
export function metagraphHeader(state: StateReader, netuid: number): Record<string, unknown> {
  const block = BigInt(BlockNumber.get(state));
  return {
    ...subnetHyperparams(state, netuid),
    netuid,
    name: Array.from(nameForSubnet(state, netuid)),
    symbol: Array.from(S.TokenSymbol.get(state, netuid)),
    identity: optionValue(S.SubnetIdentitiesV3.get(state, netuid)),
    network_registered_at: S.NetworkRegisteredAt.get(state, netuid),
    owner_hotkey: S.SubnetOwnerHotkey.get(state, netuid),
    owner_coldkey: S.SubnetOwner.get(state, netuid),
    block,
    ...subnetStepAndPool(state, netuid, block),
    subnet_emission: 0n,
    moving_price: S.SubnetMovingPrice.get(state, netuid),
    num_uids: S.SubnetworkN.get(state, netuid),
    max_uids: S.MaxAllowedUids.get(state, netuid),
    burn: S.Burn.get(state, netuid),
    pow_registration_allowed: S.NetworkPowRegistrationAllowed.get(state, netuid),
  };
}
