/**
 * `SubnetInfoRuntimeApi::get_subnet_state` (subtensor `rpc_info/show_subnet.rs`): a subnet's per-uid columns, read by
 * `btcli subnets show --netuid 0`. As on chain: `pruning_score`, `trust` and `rank` are empty (no longer computed), the
 * stakes are the metagraph's, and `emission_history` holds `LastHotkeyEmissionOnNetuid` per subnet and hotkey — an
 * item subtensor HEAD no longer writes, so every entry is 0.
 */
import { AccountId32, bool, compact, field, sequence, struct, u16, u64 } from '../../frame/primitives.js';
import { apiMethod, type RuntimeApiMethod } from '../../frame/runtime-api.js';
import { Option, scaleType } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { metagraph } from './metagraph.js';
import { NetUid } from './scale-types.js';
import * as S from './storage.js';
import { allNetuids } from './subnets.js';

const c16 = compact(u16);
const c64 = compact(u64);
const vec = (inner: ReturnType<typeof compact>, name: string) => ({
  def: sequence(inner),
  name: `Vec<${name}>`,
});

/** `SubnetState<AccountId32>`. */
export const SubnetState = scaleType<Record<string, unknown>>(
  struct(
    ['pallet_subtensor', 'rpc_info', 'show_subnet', 'SubnetState'],
    [
      field('netuid', c16, 'Compact<NetUid>'),
      field('hotkeys', sequence(AccountId32), 'Vec<AccountId>'),
      field('coldkeys', sequence(AccountId32), 'Vec<AccountId>'),
      field('active', sequence(bool), 'Vec<bool>'),
      field('validator_permit', sequence(bool), 'Vec<bool>'),
      ...(
        [
          ['pruning_score', vec(c16, 'Compact<u16>')],
          ['last_update', vec(c64, 'Compact<u64>')],
          ['emission', vec(c64, 'Compact<AlphaBalance>')],
          ['dividends', vec(c16, 'Compact<u16>')],
          ['incentives', vec(c16, 'Compact<u16>')],
          ['consensus', vec(c16, 'Compact<u16>')],
          ['trust', vec(c16, 'Compact<u16>')],
          ['rank', vec(c16, 'Compact<u16>')],
          ['block_at_registration', vec(c64, 'Compact<u64>')],
          ['alpha_stake', vec(c64, 'Compact<AlphaBalance>')],
          ['tao_stake', vec(c64, 'Compact<TaoBalance>')],
          ['total_stake', vec(c64, 'Compact<TaoBalance>')],
        ] as const
      ).map(([name, t]) => field(name, t.def, t.name)),
      field('emission_history', sequence(sequence(c64)), 'Vec<Vec<Compact<AlphaBalance>>>'),
    ],
    [{ name: 'AccountId', type: AccountId32 }],
  ),
  'SubnetState<AccountId32>',
);

/** The columns `SubnetState` shares with the metagraph, taken from it as they are. */
const METAGRAPH_COLUMNS = [
  'hotkeys',
  'coldkeys',
  'active',
  'validator_permit',
  'pruning_score',
  'last_update',
  'emission',
  'dividends',
  'incentives',
  'consensus',
  'trust',
  'rank',
  'block_at_registration',
  'alpha_stake',
  'tao_stake',
  'total_stake',
] as const;

/**
 * `get_subnet_state(netuid)` as a codec value, or undefined for an unknown subnet.
 *
 * @example
 * subnetState(state, 0)?.hotkeys
 */
export function subnetState(state: StateReader, netuid: number): Record<string, unknown> | undefined {
  const graph = metagraph(state, netuid);
  if (graph === undefined) return undefined;
  const n = S.SubnetworkN.get(state, netuid);
  return {
    netuid,
    ...Object.fromEntries(METAGRAPH_COLUMNS.map((column) => [column, graph[column]])),
    emission_history: allNetuids(state).map(() => Array.from({ length: n }, () => 0n)),
  };
}

/**
 * The `SubnetInfoRuntimeApi` method of this file, merged into that API's declaration.
 *
 * @example
 * methods: [...subnetStateMethods]
 */
export const subnetStateMethods: RuntimeApiMethod[] = [
  apiMethod('get_subnet_state', { netuid: NetUid }, Option(SubnetState), ({ state }, a) => {
    const value = subnetState(state, a.netuid);
    return value === undefined ? { type: 'None' } : { type: 'Some', value };
  }),
];
