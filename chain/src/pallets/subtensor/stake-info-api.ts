/**
 * `StakeInfoRuntimeApi` (subtensor `rpc_info/stake_info.rs`): a coldkey's stake per (hotkey, netuid) over
 * its `StakingHotkeys`, and one position; `locked`, `tao_emission` and `drain` are 0 as on chain (the
 * devnet has no locks), `emission` is the hotkey's `AlphaDividendsPerSubnet`.
 */
import {
  AccountId32,
  bool,
  compact,
  field,
  sequence,
  struct,
  tuple,
  u16,
  u64,
} from '../../frame/primitives.js';
import { apiMethod, type RuntimeApiDecl } from '../../frame/runtime-api.js';
import { AccountId, Option, scaleType, Vec } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { stakeOf } from './pools.js';
import { NetUid } from './scale-types.js';
import { AlphaDividendsPerSubnet, LockState, StakingHotkeys, Uids } from './storage.js';
import { allNetuids } from './subnets.js';

const c64 = compact(u64);

/** `StakeInfo<AccountId>` as decoded. */
export interface StakeInfoValue {
  hotkey: Uint8Array;
  coldkey: Uint8Array;
  netuid: number;
  stake: bigint;
  locked: bigint;
  emission: bigint;
  tao_emission: bigint;
  drain: bigint;
  is_registered: boolean;
}

const StakeInfoDef = struct(
  ['pallet_subtensor', 'rpc_info', 'stake_info', 'StakeInfo'],
  [
    field('hotkey', AccountId32, 'AccountId'),
    field('coldkey', AccountId32, 'AccountId'),
    field('netuid', compact(u16), 'Compact<NetUid>'),
    field('stake', c64, 'Compact<AlphaBalance>'),
    field('locked', c64, 'Compact<u64>'),
    field('emission', c64, 'Compact<AlphaBalance>'),
    field('tao_emission', c64, 'Compact<TaoBalance>'),
    field('drain', c64, 'Compact<u64>'),
    field('is_registered', bool, 'bool'),
  ],
  [{ name: 'AccountId', type: AccountId32 }],
);
/** `StakeInfo<AccountId32>`. */
export const StakeInfo = scaleType<StakeInfoValue>(StakeInfoDef, 'StakeInfo<AccountId32>');

function stakeInfo(
  state: StateReader,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
): StakeInfoValue {
  return {
    hotkey,
    coldkey,
    netuid,
    stake: stakeOf(state, hotkey, coldkey, netuid),
    locked: 0n,
    emission: AlphaDividendsPerSubnet.get(state, netuid, hotkey),
    tao_emission: 0n,
    drain: 0n,
    is_registered: Uids.get(state, netuid, hotkey) !== undefined,
  };
}

/**
 * `get_stake_info_for_coldkey`: every non-zero position, subnets outer, `StakingHotkeys` order inner.
 *
 * @example
 * stakeInfoForColdkey(state, coldkey)
 */
export function stakeInfoForColdkey(state: StateReader, coldkey: Uint8Array): StakeInfoValue[] {
  const hotkeys = StakingHotkeys.get(state, coldkey);
  return allNetuids(state).flatMap((netuid) =>
    hotkeys.map((hotkey) => stakeInfo(state, hotkey, coldkey, netuid)).filter((info) => info.stake !== 0n),
  );
}

/**
 * The `StakeInfoRuntimeApi` methods the devnet answers.
 *
 * @example
 * const apis = [...subtensorRuntimeApis(), stakeInfoRuntimeApi];
 */
export const stakeInfoRuntimeApi: RuntimeApiDecl = {
  name: 'StakeInfoRuntimeApi',
  version: 1,
  methods: [
    apiMethod('get_stake_info_for_coldkey', { coldkey_account: AccountId }, Vec(StakeInfo), ({ state }, a) =>
      stakeInfoForColdkey(state, a.coldkey_account),
    ),
    apiMethod(
      'get_stake_info_for_coldkeys',
      { coldkey_accounts: Vec(AccountId) },
      scaleType<[Uint8Array, StakeInfoValue[]][]>(
        sequence(tuple(AccountId32, sequence(StakeInfoDef))),
        undefined,
      ),
      ({ state }, a) =>
        a.coldkey_accounts.map((c): [Uint8Array, StakeInfoValue[]] => [c, stakeInfoForColdkey(state, c)]),
    ),
    apiMethod(
      'get_stake_info_for_hotkey_coldkey_netuid',
      { hotkey_account: AccountId, coldkey_account: AccountId, netuid: NetUid },
      Option(StakeInfo),
      ({ state }, a) => ({
        type: 'Some',
        value: stakeInfo(state, a.hotkey_account, a.coldkey_account, a.netuid),
      }),
    ),
    // The devnet has no stake locks: every coldkey's lock is None (btcli's `wallet balance` asks).
    apiMethod(
      'get_coldkey_lock',
      { coldkey: AccountId, netuid: NetUid },
      Option(scaleType<Record<string, unknown>>(LockState, undefined)),
      () => ({ type: 'None' }),
    ),
  ],
};
