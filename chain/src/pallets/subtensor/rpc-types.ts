/**
 * SCALE layouts of subtensor's `rpc_info` structs the devnet serves (v3.4.9 `rpc_info/*.rs`, field order
 * as declared): `NeuronInfoLite`, `NeuronInfo`, `SubnetHyperparamsV2`, `DynamicInfo`, `SubnetIdentityV3`.
 */
import {
  AccountId32,
  bool,
  bytes,
  compact,
  enumType,
  field,
  option,
  sequence,
  str,
  struct,
  tuple,
  u8,
  u16,
  u64,
  u128,
  variant,
} from '../../frame/primitives.js';
import { primitive } from '../../frame/scale/type-def.js';
import { AxonInfo, PrometheusInfo } from './types.js';

const c16 = compact(u16);
const c64 = compact(u64);
const acc = { name: 'AccountId', type: AccountId32 };

const neuronHead = [
  field('hotkey', AccountId32, 'AccountId'),
  field('coldkey', AccountId32, 'AccountId'),
  field('uid', c16, 'Compact<u16>'),
  field('netuid', c16, 'Compact<NetUid>'),
  field('active', bool, 'bool'),
  field('axon_info', AxonInfo, 'AxonInfo'),
  field('prometheus_info', PrometheusInfo, 'PrometheusInfo'),
  field('stake', sequence(tuple(AccountId32, c64)), 'Vec<(AccountId, Compact<AlphaBalance>)>'),
  field('rank', c16, 'Compact<u16>'),
  field('emission', c64, 'Compact<AlphaBalance>'),
  field('incentive', c16, 'Compact<u16>'),
  field('consensus', c16, 'Compact<u16>'),
  field('trust', c16, 'Compact<u16>'),
  field('validator_trust', c16, 'Compact<u16>'),
  field('dividends', c16, 'Compact<u16>'),
  field('last_update', c64, 'Compact<u64>'),
  field('validator_permit', bool, 'bool'),
];
const sparse = sequence(tuple(c16, c16));

/** `NeuronInfoLite<AccountId32>`. */
export const NeuronInfoLite = struct(
  ['pallet_subtensor', 'rpc_info', 'neuron_info', 'NeuronInfoLite'],
  [...neuronHead, field('pruning_score', c16, 'Compact<u16>')],
  [acc],
);

/** `NeuronInfo<AccountId32>` (the lite fields plus non-zero weights and bonds). */
export const NeuronInfo = struct(
  ['pallet_subtensor', 'rpc_info', 'neuron_info', 'NeuronInfo'],
  [
    ...neuronHead,
    field('weights', sparse, 'Vec<(Compact<u16>, Compact<u16>)>'),
    field('bonds', sparse, 'Vec<(Compact<u16>, Compact<u16>)>'),
    field('pruning_score', c16, 'Compact<u16>'),
  ],
  [acc],
);

/** `substrate_fixed::FixedI64<U32>` (`I32F32`): `{ bits: i64 }`. */
export const I32F32 = struct(['substrate_fixed', 'FixedI64'], [field('bits', primitive('I64'), 'i64')]);

/**
 * `I96F32` (`FixedI128<U32>`). The devnet's type system has no i128, so `bits` is declared u128; the bytes
 * are identical for the non-negative prices it carries (docs/chain.md).
 */
export const I96F32 = struct(['substrate_fixed', 'FixedI128'], [field('bits', u128, 'i128')]);

const hp: [string, ReturnType<typeof compact> | typeof bool | typeof I32F32, string][] = [
  ['rho', c16, 'Compact<u16>'],
  ['kappa', c16, 'Compact<u16>'],
  ['immunity_period', c16, 'Compact<u16>'],
  ['min_allowed_weights', c16, 'Compact<u16>'],
  ['max_weights_limit', c16, 'Compact<u16>'],
  ['tempo', c16, 'Compact<u16>'],
  ['min_difficulty', c64, 'Compact<u64>'],
  ['max_difficulty', c64, 'Compact<u64>'],
  ['weights_version', c64, 'Compact<u64>'],
  ['weights_rate_limit', c64, 'Compact<u64>'],
  ['adjustment_interval', c16, 'Compact<u16>'],
  ['activity_cutoff', c64, 'Compact<u64>'],
  ['registration_allowed', bool, 'bool'],
  ['target_regs_per_interval', c16, 'Compact<u16>'],
  ['min_burn', c64, 'Compact<TaoBalance>'],
  ['max_burn', c64, 'Compact<TaoBalance>'],
  ['bonds_moving_avg', c64, 'Compact<u64>'],
  ['max_regs_per_block', c16, 'Compact<u16>'],
  ['serving_rate_limit', c64, 'Compact<u64>'],
  ['max_validators', c16, 'Compact<u16>'],
  ['adjustment_alpha', c64, 'Compact<u64>'],
  ['difficulty', c64, 'Compact<u64>'],
  ['commit_reveal_period', c64, 'Compact<u64>'],
  ['commit_reveal_weights_enabled', bool, 'bool'],
  ['alpha_high', c16, 'Compact<u16>'],
  ['alpha_low', c16, 'Compact<u16>'],
  ['liquid_alpha_enabled', bool, 'bool'],
  ['alpha_sigmoid_steepness', I32F32, 'I32F32'],
  ['yuma_version', c16, 'Compact<u16>'],
  ['subnet_is_active', bool, 'bool'],
  ['transfers_enabled', bool, 'bool'],
  ['bonds_reset_enabled', bool, 'bool'],
  ['user_liquidity_enabled', bool, 'bool'],
];

/** `SubnetHyperparamsV2`. */
export const SubnetHyperparamsV2 = struct(
  ['pallet_subtensor', 'rpc_info', 'subnet_info', 'SubnetHyperparamsV2'],
  hp.map(([n, t, tn]) => field(n, t, tn)),
);

/** The variant of `HyperparamValue` each hyperparameter is answered in by `get_subnet_hyperparams_v3`. */
export type HyperparamTag = 'Bool' | 'U16' | 'U64' | 'TaoBalance' | 'I32F32';

/** Each `SubnetHyperparamsV2` field's `HyperparamValue` variant, in declaration order. */
export const hyperparamTags: readonly (readonly [string, HyperparamTag])[] = hp.map(
  ([name, type, typeName]) => [
    name,
    type === bool
      ? 'Bool'
      : type === I32F32
        ? 'I32F32'
        : typeName.includes('TaoBalance')
          ? 'TaoBalance'
          : typeName.includes('u16')
            ? 'U16'
            : 'U64',
  ],
);

/** `HyperparamValue`: one hyperparameter's value tagged with its type, as `get_subnet_hyperparams_v3` answers it. */
const HyperparamValue = enumType(
  ['pallet_subtensor', 'rpc_info', 'subnet_info', 'HyperparamValue'],
  [
    variant(0, 'Bool', [field(null, bool, 'bool')]),
    variant(1, 'U16', [field(null, u16, 'u16')]),
    variant(2, 'U64', [field(null, u64, 'u64')]),
    variant(3, 'TaoBalance', [field(null, u64, 'TaoBalance')]),
    variant(4, 'I32F32', [field(null, I32F32, 'I32F32')]),
  ],
);

/**
 * `SubnetHyperparamsV3`: the forward-compatible list of `{ name, value }` records that bittensor ≥ 11 and btcli ≥ 9.2x
 * read instead of a fixed struct.
 */
export const SubnetHyperparamsV3 = sequence(
  struct(
    ['pallet_subtensor', 'rpc_info', 'subnet_info', 'HyperparamEntry'],
    [field('name', str, 'String'), field('value', HyperparamValue, 'HyperparamValue')],
  ),
);

/** `SubnetHyperparams` (v1): the first 27 fields of V2, up to `liquid_alpha_enabled`. */
export const SubnetHyperparams = struct(
  ['pallet_subtensor', 'rpc_info', 'subnet_info', 'SubnetHyperparams'],
  hp.slice(0, 27).map(([n, t, tn]) => field(n, t, tn)),
);

/** The fields of `SubnetIdentityV3`, in declaration order (all `Vec<u8>`). */
export const SUBNET_IDENTITY_FIELDS = [
  'subnet_name',
  'github_repo',
  'subnet_contact',
  'subnet_url',
  'discord',
  'description',
  'logo_url',
  'additional',
] as const;
/** `SubnetIdentityV3` (all `Vec<u8>`). */
export const SubnetIdentityV3 = struct(
  ['pallet_subtensor', 'pallet', 'SubnetIdentityV3'],
  SUBNET_IDENTITY_FIELDS.map((n) => field(n, bytes, 'Vec<u8>')),
);

/** `DynamicInfo<AccountId32>`. */
export const DynamicInfo = struct(
  ['pallet_subtensor', 'rpc_info', 'dynamic_info', 'DynamicInfo'],
  [
    field('netuid', c16, 'Compact<NetUid>'),
    field('owner_hotkey', AccountId32, 'AccountId'),
    field('owner_coldkey', AccountId32, 'AccountId'),
    field('subnet_name', sequence(compact(u8)), 'Vec<Compact<u8>>'),
    field('token_symbol', sequence(compact(u8)), 'Vec<Compact<u8>>'),
    field('tempo', c16, 'Compact<u16>'),
    field('last_step', c64, 'Compact<u64>'),
    field('blocks_since_last_step', c64, 'Compact<u64>'),
    field('emission', c64, 'Compact<u64>'),
    field('alpha_in', c64, 'Compact<AlphaBalance>'),
    field('alpha_out', c64, 'Compact<AlphaBalance>'),
    field('tao_in', c64, 'Compact<TaoBalance>'),
    field('alpha_out_emission', c64, 'Compact<AlphaBalance>'),
    field('alpha_in_emission', c64, 'Compact<AlphaBalance>'),
    field('tao_in_emission', c64, 'Compact<TaoBalance>'),
    field('pending_alpha_emission', c64, 'Compact<AlphaBalance>'),
    field('pending_root_emission', c64, 'Compact<TaoBalance>'),
    field('subnet_volume', compact(u128), 'Compact<u128>'),
    field('network_registered_at', c64, 'Compact<u64>'),
    field('subnet_identity', option(SubnetIdentityV3), 'Option<SubnetIdentityV3>'),
    field('moving_price', I96F32, 'I96F32'),
  ],
  [acc],
);
