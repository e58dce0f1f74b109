/**
 * `swap_hotkey` (70) and `swap_hotkey_v2` (72): subtensor `swap/swap_hotkey.rs`, `do_swap_hotkey`. The coldkey
 * that owns the old hotkey moves it to a new hotkey on every subnet (recycling `KeySwapCost`, emitting
 * `HotkeySwapped`) or on one subnet (`KeySwapOnSubnetCost`, once per `HotkeySwapOnSubnetInterval` per subnet,
 * `HotkeySwappedOnSubnet`); `keep_stake` leaves the stake on the old hotkey. Checks in subtensor's order.
 *
 * Not modelled (the devnet stores none of it): stake locks (`swap_hotkey_locks`) and subnet system accounts
 * (`CannotUseSystemAccount`).
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { freeBalance } from '../balances/currency.js';
import { coldkeyOwnsHotkey, hotkeyExists } from './accounts.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { rootClaimsEmpty } from './key-swap-root-claims.js';
import {
  HOTKEY_SWAP_ON_SUBNET_INTERVAL,
  KEY_SWAP_COST,
  KEY_SWAP_ON_SUBNET_COST,
  LastHotkeySwapOnNetuid,
} from './key-swap-storage.js';
import { mapKeySuffixes, u16At } from './map-keys.js';
import { hotkeyShares, moveHotkeyOnSubnet } from './move-hotkey-on-subnet.js';
import { recycleTao } from './recycle-tao.js';
import {
  ChildKeys,
  Delegates,
  IsNetworkMember,
  LastRateLimitedBlock,
  OwnedHotkeys,
  Owner,
  StakingHotkeys,
  TotalHotkeyAlpha,
  TxRateLimit,
} from './storage.js';
import { allNetuids } from './subnets.js';
import { sameAccount } from './types.js';

/** The `RateLimitKey`s a hotkey swap carries over. */
const RATE_LIMIT_KINDS = ['LastTxBlock', 'LastTxBlockDelegateTake', 'LastTxBlockChildKeyTake'] as const;
const rateKey = (type: string, who: Uint8Array) => ({ type, value: who });

/** `get_last_tx_block` / `exceeds_tx_rate_limit`. */
function exceedsTxRateLimit(state: StateReader, coldkey: Uint8Array, block: bigint): boolean {
  const limit = TxRateLimit.get(state);
  const last = LastRateLimitedBlock.get(state, rateKey('LastTxBlock', coldkey));
  return limit !== 0n && last !== 0n && block - last <= limit;
}

/** `is_hotkey_registered_on_any_network`: an `IsNetworkMember` entry that is true. */
function registeredAnywhere(state: StateReader, hotkey: Uint8Array): boolean {
  return mapKeySuffixes(state, IsNetworkMember, hotkey).some((s) =>
    IsNetworkMember.get(state, hotkey, u16At(s, 0)),
  );
}

/** `is_hotkey_registered_on_specific_network`: an `IsNetworkMember` entry, whatever its value. */
function hasMembership(state: StateReader, hotkey: Uint8Array, netuid: number): boolean {
  return state.get(IsNetworkMember.key(hotkey, netuid)) !== null;
}

/** Arguments of `do_swap_hotkey`. */
export interface SwapHotkeyArgs {
  readonly oldHotkey: Uint8Array;
  readonly newHotkey: Uint8Array;
  /** One subnet, or every subnet when undefined. */
  readonly netuid: number | undefined;
  readonly keepStake: boolean;
}

/**
 * `do_swap_hotkey(coldkey, old, new, netuid, keep_stake)`.
 *
 * @example
 * swapHotkey(ctx, coldkey, { oldHotkey, newHotkey, netuid: undefined, keepStake: false });
 */
export function swapHotkey(ctx: DispatchContext, coldkey: Uint8Array, args: SwapHotkeyArgs): void {
  const { state } = ctx;
  const { oldHotkey, newHotkey, netuid } = args;
  ensure(coldkeyOwnsHotkey(ctx, coldkey, oldHotkey), 'NonAssociatedColdKey');
  if (hotkeyExists(ctx, newHotkey))
    ensure(coldkeyOwnsHotkey(ctx, coldkey, newHotkey), 'NonAssociatedColdKey');
  ensure(!sameAccount(oldHotkey, newHotkey), 'NewHotKeyIsSameWithOld');
  const block = BigInt(ctx.blockNumber);
  ensure(!exceedsTxRateLimit(state, coldkey, block), 'HotKeySetTxRateLimitExceeded');
  ensure(
    netuid === undefined ? !registeredAnywhere(state, newHotkey) : !hasMembership(state, newHotkey, netuid),
    'HotKeyAlreadyRegisteredInSubNet',
  );
  if (netuid === undefined || netuid === 0)
    ensure(
      rootClaimsEmpty(state, newHotkey) && TotalHotkeyAlpha.get(state, newHotkey, 0) === 0n,
      'NewHotKeyNotCleanForRootSwap',
    );
  for (const kind of RATE_LIMIT_KINDS)
    LastRateLimitedBlock.set(
      state,
      rateKey(kind, newHotkey),
      LastRateLimitedBlock.get(state, rateKey(kind, oldHotkey)),
    );
  if (netuid === undefined) swapOnAllSubnets(ctx, coldkey, args, block);
  else swapOnSubnet(ctx, coldkey, args, netuid, block);
}

/** Recycles a swap's cost after `can_remove_balance_from_coldkey_account`. */
function chargeHotkeySwap(ctx: DispatchContext, coldkey: Uint8Array, cost: bigint): void {
  ensure(cost <= freeBalance(ctx, coldkey), 'NotEnoughBalanceToPaySwapHotKey');
  recycleTao(ctx, coldkey, cost);
}

/** `swap_hotkey_on_subnet`. */
function swapOnSubnet(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  args: SwapHotkeyArgs,
  netuid: number,
  block: bigint,
) {
  const { state } = ctx;
  const { oldHotkey, newHotkey } = args;
  const last = LastHotkeySwapOnNetuid.get(state, netuid, coldkey);
  ensure(last + HOTKEY_SWAP_ON_SUBNET_INTERVAL < block, 'HotKeySwapOnSubnetIntervalNotPassed');
  chargeHotkeySwap(ctx, coldkey, KEY_SWAP_ON_SUBNET_COST);
  Owner.set(state, newHotkey, coldkey);
  addOwnedHotkey(state, coldkey, newHotkey);
  moveHotkeyOnSubnet(ctx, oldHotkey, newHotkey, netuid, args.keepStake);
  LastRateLimitedBlock.set(state, rateKey('LastTxBlock', coldkey), block);
  LastHotkeySwapOnNetuid.set(state, netuid, coldkey, block);
  deposit(ctx, 'HotkeySwappedOnSubnet', { coldkey, old_hotkey: oldHotkey, new_hotkey: newHotkey, netuid });
}

function addOwnedHotkey(state: StateOverlay, coldkey: Uint8Array, hotkey: Uint8Array): Uint8Array[] {
  const owned = OwnedHotkeys.get(state, coldkey);
  const next = owned.some((h) => sameAccount(h, hotkey)) ? owned : [...owned, hotkey];
  if (next !== owned) OwnedHotkeys.set(state, coldkey, next);
  return next;
}

/** The all-subnets path: cooldowns of the subnets the old hotkey takes part in, cost, then every subnet. */
function swapOnAllSubnets(ctx: DispatchContext, coldkey: Uint8Array, args: SwapHotkeyArgs, block: bigint) {
  const { state } = ctx;
  const { oldHotkey, newHotkey, keepStake } = args;
  const affected = allNetuids(state).filter(
    (n) => IsNetworkMember.get(state, oldHotkey, n) || ChildKeys.get(state, oldHotkey, n).length > 0,
  );
  for (const n of affected) {
    const last = LastHotkeySwapOnNetuid.get(state, n, coldkey);
    if (last !== 0n)
      ensure(last + HOTKEY_SWAP_ON_SUBNET_INTERVAL < block, 'HotKeySwapOnSubnetIntervalNotPassed');
  }
  chargeHotkeySwap(ctx, coldkey, KEY_SWAP_COST);
  const shares = hotkeyShares(state, oldHotkey);
  Owner.set(state, oldHotkey, undefined);
  Owner.set(state, newHotkey, coldkey);
  const owned = addOwnedHotkey(state, coldkey, newHotkey);
  OwnedHotkeys.set(
    state,
    coldkey,
    owned.filter((h) => !sameAccount(h, oldHotkey)),
  );
  for (const n of allNetuids(state)) moveHotkeyOnSubnet(ctx, oldHotkey, newHotkey, n, keepStake);
  for (const kind of RATE_LIMIT_KINDS) LastRateLimitedBlock.set(state, rateKey(kind, oldHotkey), undefined);
  if (state.get(Delegates.key(oldHotkey)) !== null) {
    const take = Delegates.get(state, oldHotkey);
    Delegates.set(state, oldHotkey, undefined);
    Delegates.set(state, newHotkey, take);
  }
  if (!keepStake)
    for (const { coldkey: staker, zero } of shares) {
      if (zero) continue;
      const staking = StakingHotkeys.get(state, staker);
      if (!staking.some((h) => sameAccount(h, oldHotkey))) continue;
      const rest = staking.filter((h) => !sameAccount(h, oldHotkey) && !sameAccount(h, newHotkey));
      StakingHotkeys.set(state, staker, [...rest, newHotkey]);
    }
  for (const n of affected) LastHotkeySwapOnNetuid.set(state, n, coldkey, block);
  LastRateLimitedBlock.set(state, rateKey('LastTxBlock', coldkey), block);
  deposit(ctx, 'HotkeySwapped', { coldkey, old_hotkey: oldHotkey, new_hotkey: newHotkey });
}

/**
 * `clean_up_hotkey_swap_records` (start of every block): on the subnets whose netuid ≡ block (mod
 * `HotkeySwapOnSubnetInterval`), drops the `LastHotkeySwapOnNetuid` records older than the interval.
 *
 * @example
 * cleanUpHotkeySwapRecords(state, 7_201n);
 */
export function cleanUpHotkeySwapRecords(state: StateOverlay, block: bigint): void {
  const slot = block % HOTKEY_SWAP_ON_SUBNET_INTERVAL;
  for (const netuid of allNetuids(state)) {
    if (BigInt(netuid) % HOTKEY_SWAP_ON_SUBNET_INTERVAL !== slot) continue;
    for (const suffix of mapKeySuffixes(state, LastHotkeySwapOnNetuid, netuid)) {
      const coldkey = suffix.slice(16, 48);
      if (LastHotkeySwapOnNetuid.get(state, netuid, coldkey) + HOTKEY_SWAP_ON_SUBNET_INTERVAL < block)
        LastHotkeySwapOnNetuid.set(state, netuid, coldkey, undefined);
    }
  }
}
