/**
 * `unstake_all` and `unstake_all_alpha` (subtensor `staking/remove_stake.rs`): unstake a coldkey's whole
 * position on a hotkey from every subnet whose removal would pass `validate_remove_stake` (others are
 * skipped, not refused); `unstake_all_alpha` leaves root alone and restakes the TAO into root.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { hotkeyExists } from './accounts.js';
import { ensure } from './errors.js';
import { stakeOf } from './pools.js';
import { clearSmallNominationIfRequired } from './small-nominations.js';
import { removeStakeRefusal, stakeIntoSubnet, subtokenEnabled, unstakeFromSubnet } from './staking.js';
import { MAX_PRICE, MIN_PRICE } from './subnet-swap.js';
import { allNetuids } from './subnets.js';

/**
 * Unstakes everything `coldkey` has on `hotkey` (optionally not root); returns the TAO received.
 *
 * @example
 * unstakeAll(ctx, coldkey, hotkey, { keepRoot: false });
 */
export function unstakeAll(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  options: { readonly keepRoot: boolean },
): bigint {
  ensure(hotkeyExists(ctx, hotkey), 'HotKeyAccountNotExists');
  let total = 0n;
  for (const netuid of allNetuids(ctx.state)) {
    if (!subtokenEnabled(ctx.state, netuid) || (options.keepRoot && netuid === 0)) continue;
    const alpha = stakeOf(ctx.state, hotkey, coldkey, netuid);
    if (removeStakeRefusal(ctx, coldkey, hotkey, netuid, alpha, alpha, false) !== undefined) continue;
    total += unstakeFromSubnet(ctx, hotkey, coldkey, coldkey, netuid, alpha, MIN_PRICE, false);
    clearSmallNominationIfRequired(ctx, hotkey, coldkey, netuid);
  }
  return total;
}

/**
 * `unstake_all_alpha(hotkey)`: every subnet but root to TAO, then all of it staked into root on the same
 * hotkey (fails with `AmountTooLow` when there was nothing to unstake, as subtensor does).
 *
 * @example
 * unstakeAllAlpha(ctx, coldkey, hotkey);
 */
export function unstakeAllAlpha(ctx: DispatchContext, coldkey: Uint8Array, hotkey: Uint8Array): void {
  const tao = unstakeAll(ctx, coldkey, hotkey, { keepRoot: true });
  stakeIntoSubnet(ctx, hotkey, coldkey, 0, tao, MAX_PRICE, false);
}
