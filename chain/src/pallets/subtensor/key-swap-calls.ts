/** The `SubtensorModule` call handlers of hotkey and coldkey swaps (calls 70–73, 125–128, 133). */
import type { CallHandlers } from '../../frame/define-calls.js';
import { ensureRoot, ensureSigned } from '../../frame/define-pallet.js';
import type { subtensorCallTable } from './call-table.js';
import {
  announceColdkeySwap,
  clearColdkeySwapAnnouncement,
  disputeColdkeySwap,
  resetColdkeySwap,
  rootSwapColdkey,
  swapColdkeyAnnounced,
} from './coldkey-swap-announcement.js';
import { fail } from './errors.js';
import { swapHotkey } from './swap-hotkey.js';

const netuidOf = (netuid: { type: 'Some'; value: number } | { type: 'None' }) =>
  netuid.type === 'Some' ? netuid.value : undefined;

/**
 * Handlers for `calls.ts`'s table.
 *
 * @example
 * const handlers = { ...keySwapHandlers };
 */
export const keySwapHandlers: CallHandlers<typeof subtensorCallTable> = {
  swap_hotkey: (ctx, o, a) =>
    swapHotkey(ctx, ensureSigned(o), {
      oldHotkey: a.hotkey,
      newHotkey: a.new_hotkey,
      netuid: netuidOf(a.netuid),
      keepStake: false,
    }),
  swap_hotkey_v2: (ctx, o, a) =>
    swapHotkey(ctx, ensureSigned(o), {
      oldHotkey: a.hotkey,
      newHotkey: a.new_hotkey,
      netuid: netuidOf(a.netuid),
      keepStake: a.keep_stake,
    }),
  swap_coldkey: (ctx, o, a) => {
    ensureRoot(o);
    rootSwapColdkey(ctx, a.old_coldkey, a.new_coldkey, a.swap_cost);
  },
  schedule_swap_coldkey: () => fail('Deprecated'),
  announce_coldkey_swap: (ctx, o, a) => announceColdkeySwap(ctx, ensureSigned(o), a.new_coldkey_hash),
  swap_coldkey_announced: (ctx, o, a) => swapColdkeyAnnounced(ctx, ensureSigned(o), a.new_coldkey),
  dispute_coldkey_swap: (ctx, o) => disputeColdkeySwap(ctx, ensureSigned(o)),
  reset_coldkey_swap: (ctx, o, a) => {
    ensureRoot(o);
    resetColdkeySwap(ctx, a.coldkey);
  },
  clear_coldkey_swap_announcement: (ctx, o) => clearColdkeySwapAnnouncement(ctx, ensureSigned(o)),
};
