/**
 * Storage and constants of hotkey and coldkey swaps (subtensor `swap/`, `lib.rs`, runtime `lib.rs`): the
 * coldkey-swap announcements and disputes, their delays, and the per-subnet hotkey-swap cooldown. Defaults are the
 * mainnet runtime's (`prod_or_fast!`'s first value).
 */
import { AccountId32, H256, tuple, u32, u64 } from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';
import { NetUid } from './types.js';

const P = 'SubtensorModule';

/** `KeySwapCost`: what `swap_hotkey` on all subnets and the first `announce_coldkey_swap` recycle (0.1 TAO). */
export const KEY_SWAP_COST = 100_000_000n;
/** `KeySwapOnSubnetCost`: what `swap_hotkey` on one subnet recycles (0.001 TAO). */
export const KEY_SWAP_ON_SUBNET_COST = 1_000_000n;
/** `HotkeySwapOnSubnetInterval`: blocks between two hotkey swaps of one coldkey on one subnet (1 day). */
export const HOTKEY_SWAP_ON_SUBNET_INTERVAL = 7_200n;
/** `InitialColdkeySwapAnnouncementDelay`: blocks from an announcement to the swap (5 days). */
export const INITIAL_COLDKEY_SWAP_ANNOUNCEMENT_DELAY = 36_000;
/** `InitialColdkeySwapReannouncementDelay`: blocks after that before a re-announcement or a clear (1 day). */
export const INITIAL_COLDKEY_SWAP_REANNOUNCEMENT_DELAY = 7_200;

/** `ColdkeySwapAnnouncementDelay` (`BlockNumberFor<T>`). */
export const ColdkeySwapAnnouncementDelay = storageItem<[], number>({
  pallet: P,
  name: 'ColdkeySwapAnnouncementDelay',
  value: u32,
  default: INITIAL_COLDKEY_SWAP_ANNOUNCEMENT_DELAY,
});
/** `ColdkeySwapReannouncementDelay` (`BlockNumberFor<T>`). */
export const ColdkeySwapReannouncementDelay = storageItem<[], number>({
  pallet: P,
  name: 'ColdkeySwapReannouncementDelay',
  value: u32,
  default: INITIAL_COLDKEY_SWAP_REANNOUNCEMENT_DELAY,
});
/** `ColdkeySwapAnnouncements[coldkey]`: `(first block the swap may run, BlakeTwo256 of the new coldkey)`. */
export const ColdkeySwapAnnouncements = storageItem<[Uint8Array], [number, Uint8Array] | undefined>({
  pallet: P,
  name: 'ColdkeySwapAnnouncements',
  value: tuple(u32, H256),
  keys: [{ hasher: 'Twox64Concat', type: AccountId32 }],
});
/** `ColdkeySwapDisputes[coldkey]`: the block the announced swap was disputed at. */
export const ColdkeySwapDisputes = storageItem<[Uint8Array], number | undefined>({
  pallet: P,
  name: 'ColdkeySwapDisputes',
  value: u32,
  keys: [{ hasher: 'Twox64Concat', type: AccountId32 }],
});
/** `LastHotkeySwapOnNetuid[(netuid, coldkey)]`: the block of the coldkey's last hotkey swap touching the subnet. */
export const LastHotkeySwapOnNetuid = storageItem<[number, Uint8Array], bigint>({
  pallet: P,
  name: 'LastHotkeySwapOnNetuid',
  value: u64,
  keys: [
    { hasher: 'Identity', type: NetUid },
    { hasher: 'Blake2_128Concat', type: AccountId32 },
  ],
  default: 0n,
});
