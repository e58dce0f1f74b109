/**
 * HEAD's coldkey swap (subtensor `macros/dispatches.rs` 71, 73, 125–128, 133): a coldkey announces the BlakeTwo256
 * hash of its new coldkey (the first announcement recycles `KeySwapCost`), waits `ColdkeySwapAnnouncementDelay`
 * blocks, then swaps to the coldkey whose hash it announced. It may re-announce or clear the announcement
 * `ColdkeySwapReannouncementDelay` blocks after the swap became possible; a dispute freezes the coldkey until root
 * resets it (`coldkey-swap-guard.ts`). Root may swap any coldkey at once (`swap_coldkey`). `schedule_swap_coldkey`
 * is deprecated at HEAD and fails with `Deprecated`.
 */
import { blake2AsU8a } from '@polkadot/util-crypto';
import { type DispatchContext, DispatchFailure } from '../../frame/define-pallet.js';
import { ensure, fail } from './errors.js';
import { deposit } from './events.js';
import {
  ColdkeySwapAnnouncementDelay,
  ColdkeySwapAnnouncements,
  ColdkeySwapDisputes,
  ColdkeySwapReannouncementDelay,
  KEY_SWAP_COST,
} from './key-swap-storage.js';
import { recycleTao } from './recycle-tao.js';
import { swapColdkey } from './swap-coldkey.js';
import { sameAccount } from './types.js';

/** `T::Hashing::hash_of(&coldkey)`: BlakeTwo256 of the encoded account id. @example coldkeyHash(bob.publicKey) */
export function coldkeyHash(coldkey: Uint8Array): Uint8Array {
  return blake2AsU8a(coldkey, 256);
}

/** `charge_swap_cost`: recycles `cost` or fails with `NotEnoughBalanceToPaySwapColdKey`. */
function chargeSwapCost(ctx: DispatchContext, coldkey: Uint8Array, cost: bigint): void {
  try {
    recycleTao(ctx, coldkey, cost);
  } catch (error) {
    if (!(error instanceof DispatchFailure)) throw error;
    fail('NotEnoughBalanceToPaySwapColdKey');
  }
}

/**
 * `announce_coldkey_swap(new_coldkey_hash)`: `ColdkeySwapReannouncedTooEarly` before the reannouncement delay.
 *
 * @example
 * announceColdkeySwap(ctx, alice, coldkeyHash(bob));
 */
export function announceColdkeySwap(ctx: DispatchContext, who: Uint8Array, newColdkeyHash: Uint8Array): void {
  const { state } = ctx;
  const now = ctx.blockNumber;
  const existing = ColdkeySwapAnnouncements.get(state, who);
  if (existing !== undefined)
    ensure(now >= existing[0] + ColdkeySwapReannouncementDelay.get(state), 'ColdkeySwapReannouncedTooEarly');
  else chargeSwapCost(ctx, who, KEY_SWAP_COST);
  ColdkeySwapAnnouncements.set(state, who, [now + ColdkeySwapAnnouncementDelay.get(state), newColdkeyHash]);
  deposit(ctx, 'ColdkeySwapAnnounced', { who, new_coldkey_hash: newColdkeyHash });
}

/**
 * `swap_coldkey_announced(new_coldkey)`: the announcement is used up; `AnnouncedColdkeyHashDoesNotMatch`,
 * `ColdkeySwapTooEarly`.
 *
 * @example
 * swapColdkeyAnnounced(ctx, alice, bob);
 */
export function swapColdkeyAnnounced(ctx: DispatchContext, who: Uint8Array, newColdkey: Uint8Array): void {
  const announcement = ColdkeySwapAnnouncements.get(ctx.state, who);
  if (announcement === undefined) fail('ColdkeySwapAnnouncementNotFound');
  ColdkeySwapAnnouncements.set(ctx.state, who, undefined);
  const [when, hash] = announcement;
  ensure(sameAccount(hash, coldkeyHash(newColdkey)), 'AnnouncedColdkeyHashDoesNotMatch');
  ensure(ctx.blockNumber >= when, 'ColdkeySwapTooEarly');
  swapColdkey(ctx, who, newColdkey);
}

/**
 * `dispute_coldkey_swap()`: freezes the announcing coldkey (`ColdkeySwapDisputed`) until root resets it.
 *
 * @example
 * disputeColdkeySwap(ctx, alice);
 */
export function disputeColdkeySwap(ctx: DispatchContext, coldkey: Uint8Array): void {
  const { state } = ctx;
  ensure(ColdkeySwapAnnouncements.get(state, coldkey) !== undefined, 'ColdkeySwapAnnouncementNotFound');
  ensure(ColdkeySwapDisputes.get(state, coldkey) === undefined, 'ColdkeySwapAlreadyDisputed');
  ColdkeySwapDisputes.set(state, coldkey, ctx.blockNumber);
  deposit(ctx, 'ColdkeySwapDisputed', { coldkey });
}

/**
 * `reset_coldkey_swap(coldkey)` (root): drops the announcement and the dispute.
 *
 * @example
 * resetColdkeySwap(ctx, alice);
 */
export function resetColdkeySwap(ctx: DispatchContext, coldkey: Uint8Array): void {
  ColdkeySwapAnnouncements.set(ctx.state, coldkey, undefined);
  ColdkeySwapDisputes.set(ctx.state, coldkey, undefined);
  deposit(ctx, 'ColdkeySwapReset', { who: coldkey });
}

/**
 * `clear_coldkey_swap_announcement()`: `ColdkeySwapClearTooEarly` before the reannouncement delay.
 *
 * @example
 * clearColdkeySwapAnnouncement(ctx, alice);
 */
export function clearColdkeySwapAnnouncement(ctx: DispatchContext, who: Uint8Array): void {
  const announcement = ColdkeySwapAnnouncements.get(ctx.state, who);
  if (announcement === undefined) fail('ColdkeySwapAnnouncementNotFound');
  ensure(
    ctx.blockNumber >= announcement[0] + ColdkeySwapReannouncementDelay.get(ctx.state),
    'ColdkeySwapClearTooEarly',
  );
  ColdkeySwapAnnouncements.set(ctx.state, who, undefined);
  deposit(ctx, 'ColdkeySwapCleared', { who });
}

/**
 * Root's `swap_coldkey(old, new, swap_cost)`: recycles `swap_cost` from the old coldkey (when non-zero), swaps, and
 * clears any announcement or dispute of the old coldkey.
 *
 * @example
 * rootSwapColdkey(ctx, alice, bob, 0n);
 */
export function rootSwapColdkey(
  ctx: DispatchContext,
  oldColdkey: Uint8Array,
  newColdkey: Uint8Array,
  cost: bigint,
) {
  if (cost !== 0n) chargeSwapCost(ctx, oldColdkey, cost);
  swapColdkey(ctx, oldColdkey, newColdkey);
  ColdkeySwapAnnouncements.set(ctx.state, oldColdkey, undefined);
  ColdkeySwapDisputes.set(ctx.state, oldColdkey, undefined);
}
