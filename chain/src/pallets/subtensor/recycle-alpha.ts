/**
 * `recycle_alpha`, `burn_alpha` and `add_stake_burn` (subtensor `staking/recycle_alpha.rs`): a coldkey
 * gives up alpha it holds on a hotkey. Recycling takes it out of `SubnetAlphaOut` (the subnet's outstanding
 * alpha shrinks, so later emission and prices see less supply); burning leaves `SubnetAlphaOut` as it was
 * (subtensor only counts it in `AlphaAssets.AlphaBurned`, a pallet the devnet does not have).
 * `add_stake_burn` is a subnet buyback: stake TAO, then burn the alpha it bought, in one transaction.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { hotkeyExists } from './accounts.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { decreaseStake, stakeOf } from './pools.js';
import { addStake, addStakeLimit, subtokenEnabled } from './staking.js';
import { SubnetAlphaOut } from './storage.js';
import { subnetExists } from './subnets.js';

/** The checks `do_recycle_alpha` and `do_burn_alpha` share, in their order; returns the amount capped at the stake. */
function takeAlpha(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  amount: bigint,
  netuid: number,
): bigint {
  const { state } = ctx;
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  ensure(netuid !== 0, 'CannotBurnOrRecycleOnRootSubnet');
  ensure(subtokenEnabled(state, netuid), 'SubtokenDisabled');
  ensure(hotkeyExists(ctx, hotkey), 'HotKeyAccountNotExists');
  const available = stakeOf(state, hotkey, coldkey, netuid);
  const taken = amount < available ? amount : available;
  ensure(SubnetAlphaOut.get(state, netuid) >= taken, 'InsufficientLiquidity');
  decreaseStake(state, hotkey, coldkey, netuid, taken);
  return taken;
}

/**
 * `recycle_alpha(hotkey, amount, netuid)`: takes up to `amount` of the signer's alpha on `hotkey` (capped at
 * the stake) and lowers `SubnetAlphaOut` by it; emits `AlphaRecycled(coldkey, hotkey, amount, netuid)` and
 * returns the amount recycled.
 *
 * @example
 * recycleAlpha(ctx, coldkey, hotkey, 10n ** 9n, 1);
 */
export function recycleAlpha(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  amount: bigint,
  netuid: number,
): bigint {
  const taken = takeAlpha(ctx, coldkey, hotkey, amount, netuid);
  // Stryker disable next-line EqualityOperator: equivalent, recycling zero subtracts nothing
  if (taken > 0n) SubnetAlphaOut.set(ctx.state, netuid, SubnetAlphaOut.get(ctx.state, netuid) - taken);
  deposit(ctx, 'AlphaRecycled', [coldkey, hotkey, taken, netuid]);
  return taken;
}

/**
 * `burn_alpha(hotkey, amount, netuid)`: takes up to `amount` of the signer's alpha on `hotkey` without
 * changing `SubnetAlphaOut`; emits `AlphaBurned(coldkey, hotkey, amount, netuid)` and returns the amount burned.
 *
 * @example
 * burnAlpha(ctx, coldkey, hotkey, 10n ** 9n, 1);
 */
export function burnAlpha(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  amount: bigint,
  netuid: number,
): bigint {
  const taken = takeAlpha(ctx, coldkey, hotkey, amount, netuid);
  deposit(ctx, 'AlphaBurned', [coldkey, hotkey, taken, netuid]);
  return taken;
}

/**
 * `add_stake_burn(hotkey, netuid, amount, limit)`: `add_stake` (or `add_stake_limit` without partial fills
 * when `limitRao` is given), then `burn_alpha` of all the alpha bought; emits `AddStakeBurn` after
 * `StakeAdded` and `AlphaBurned`. A failure of either leg fails the call and undoes both.
 *
 * @example
 * addStakeBurn(ctx, coldkey, hotkey, 1, 10n ** 9n, undefined);
 */
export function addStakeBurn(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
  limitRao: bigint | undefined,
): void {
  const alpha =
    limitRao === undefined
      ? addStake(ctx, coldkey, hotkey, netuid, amount)
      : addStakeLimit(ctx, coldkey, hotkey, netuid, amount, limitRao, false);
  burnAlpha(ctx, coldkey, hotkey, alpha, netuid);
  deposit(ctx, 'AddStakeBurn', { netuid, hotkey, amount, alpha });
}
