/**
 * `StakeInfoRuntimeApi`'s read path for one or several coldkeys (subtensor `rpc_info/stake_info.rs`): every
 * (hotkey, subnet) a coldkey holds alpha on, from `StakingHotkeys` and the share pools. The minimum btcli's
 * `wallet balance` and `stake list` read; locks, drains and TAO (root) dividends do not exist on the devnet (0).
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
import type { StateReader } from '../../frame/state.js';
import { stakeOf } from './pools.js';
import { AlphaDividendsPerSubnet, StakingHotkeys, Uids } from './storage.js';
import { allNetuids } from './subnets.js';

/** `StakeInfo<AccountId32>`. */
export const StakeInfo = struct(
  ['pallet_subtensor', 'rpc_info', 'stake_info', 'StakeInfo'],
  [
    field('hotkey', AccountId32, 'AccountId'),
    field('coldkey', AccountId32, 'AccountId'),
    field('netuid', compact(u16), 'Compact<NetUid>'),
    field('stake', compact(u64), 'Compact<AlphaBalance>'),
    field('locked', compact(u64), 'Compact<u64>'),
    field('emission', compact(u64), 'Compact<AlphaBalance>'),
    field('tao_emission', compact(u64), 'Compact<TaoBalance>'),
    field('drain', compact(u64), 'Compact<u64>'),
    field('is_registered', bool, 'bool'),
  ],
  [{ name: 'AccountId', type: AccountId32 }],
);

/** `get_stake_info_for_coldkeys`' answer: each coldkey with its stake entries. */
export const StakeInfoForColdkeys = sequence(tuple(AccountId32, sequence(StakeInfo)));

/** One `StakeInfo` as a codec value. */
export type StakeInfoValue = {
  hotkey: Uint8Array;
  coldkey: Uint8Array;
  netuid: number;
  stake: bigint;
  locked: bigint;
  emission: bigint;
  tao_emission: bigint;
  drain: bigint;
  is_registered: boolean;
};

/**
 * `get_stake_info_for_coldkey`: one entry per (staked hotkey, subnet) where the coldkey holds alpha.
 *
 * @example
 * stakeInfoForColdkey(state, coldkey).map((s) => s.stake);
 */
export function stakeInfoForColdkey(state: StateReader, coldkey: Uint8Array): StakeInfoValue[] {
  const netuids = allNetuids(state);
  return StakingHotkeys.get(state, coldkey).flatMap((hotkey) =>
    netuids.flatMap((netuid) => {
      const stake = stakeOf(state, hotkey, coldkey, netuid);
      if (stake === 0n) return [];
      return [
        {
          hotkey,
          coldkey,
          netuid,
          stake,
          locked: 0n,
          emission: AlphaDividendsPerSubnet.get(state, netuid, hotkey),
          tao_emission: 0n,
          drain: 0n,
          is_registered: Uids.get(state, netuid, hotkey) !== undefined,
        },
      ];
    }),
  );
}
