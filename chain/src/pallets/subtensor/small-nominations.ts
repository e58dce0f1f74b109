/**
 * Small nominations (subtensor `staking/helpers.rs`): a coldkey staking to a hotkey it does not own must keep at
 * least `NominatorMinRequiredStake` ppm of `DefaultMinStake` worth of alpha there. A position left below it after
 * an unstake, or when the minimum is raised (`sudo_set_nominator_min_required_stake`), is unstaked whole to the
 * coldkey, or, when that swap fails, simply removed.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { DispatchFailure } from '../../frame/define-pallet.js';
import type { StateReader } from '../../frame/state.js';
import { ONE } from '../swap/balancer.js';
import { coldkeyOwnsHotkey } from './accounts.js';
import { accountAt, mapKeySuffixes, u16At } from './map-keys.js';
import { decreaseStake, stakeOf } from './pools.js';
import { DEFAULT_MIN_STAKE, U64_MAX, unstakeFromSubnet } from './staking.js';
import { Alpha, AlphaV2, NominatorMinRequiredStake } from './storage.js';
import { currentPriceBits, MIN_PRICE } from './subnet-swap.js';

/**
 * `get_nominator_min_required_stake`: `DefaultMinStake · NominatorMinRequiredStake / 10^6` rao.
 *
 * @example
 * nominatorMinRequiredStake(state) // 0n by default
 */
export function nominatorMinRequiredStake(state: StateReader): bigint {
  const product = DEFAULT_MIN_STAKE * NominatorMinRequiredStake.get(state);
  return (product > U64_MAX ? U64_MAX : product) / 1_000_000n;
}

/** The minimum in alpha at the current price: `U64F64(min) / price`, 0 on a zero price or an overflow (`safe_div`). */
function minAlphaStake(state: StateReader, netuid: number): bigint {
  const price = currentPriceBits(state, netuid);
  if (price === 0n) return 0n;
  const bits = (nominatorMinRequiredStake(state) * ONE * ONE) / price;
  return bits >= ONE * ONE ? 0n : bits / ONE;
}

/**
 * `clear_small_nomination_if_required`: unstakes `(hotkey, coldkey, netuid)` entirely when the coldkey does not own
 * the hotkey and holds a non-zero stake below the minimum.
 *
 * @example
 * clearSmallNominationIfRequired(ctx, hotkey, coldkey, 1);
 */
export function clearSmallNominationIfRequired(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
): void {
  const { state } = ctx;
  if (coldkeyOwnsHotkey(ctx, coldkey, hotkey)) return;
  const alpha = stakeOf(state, hotkey, coldkey, netuid);
  if (alpha === 0n || alpha >= minAlphaStake(state, netuid)) return;
  state.begin();
  try {
    unstakeFromSubnet(ctx, hotkey, coldkey, coldkey, netuid, alpha, MIN_PRICE, false);
    state.commit();
  } catch (error) {
    state.rollback();
    if (!(error instanceof DispatchFailure)) throw error;
    decreaseStake(state, hotkey, coldkey, netuid, stakeOf(state, hotkey, coldkey, netuid));
  }
}

/**
 * `clear_small_nominations`: every stake position (`Alpha` and `AlphaV2`, in key order) through
 * `clearSmallNominationIfRequired`.
 *
 * @example
 * clearSmallNominations(ctx);
 */
export function clearSmallNominations(ctx: DispatchContext): void {
  const positions = new Map<string, [Uint8Array, Uint8Array, number]>();
  for (const item of [Alpha, AlphaV2])
    for (const s of mapKeySuffixes(ctx.state, item)) {
      const hotkey = accountAt(s, 16);
      const coldkey = accountAt(s, 64);
      const netuid = u16At(s, 96);
      const id = Buffer.concat([hotkey, coldkey, Buffer.from([netuid >> 8, netuid & 0xff])]).toString('hex');
      positions.set(id, [hotkey, coldkey, netuid]);
    }
  const ordered = [...positions.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, [hotkey, coldkey, netuid]] of ordered)
    clearSmallNominationIfRequired(ctx, hotkey, coldkey, netuid);
}
