/**
 * Stake share pools (subtensor `share-pool` with `HotkeyAlphaSharePoolDataOperations`): each
 * (hotkey, netuid) pool holds `TotalHotkeyAlpha` alpha, divided into `SafeFloat` shares
 * (`TotalHotkeySharesV2`, `AlphaV2[(hotkey, coldkey, netuid)]`). The deprecated U64F64 items `Alpha` /
 * `TotalHotkeyShares` (what earlier devnets wrote) are read first and moved to the V2 items when the
 * entry is next written — subtensor's lazy migration, so a database from before keeps every balance.
 * Alpha added without shares (validator dividends) is spread pro rata over the nominators.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { add, fromU64, fromU64F64, isZero, mulDiv, type SafeFloat, sub, toU64, ZERO } from './safe-float.js';
import {
  Alpha,
  AlphaV2,
  StakingHotkeys,
  TotalHotkeyAlpha,
  TotalHotkeyShares,
  TotalHotkeySharesV2,
} from './storage.js';
import { sameAccount } from './types.js';

/** `try_get_share`: the V1 entry if present, else the V2 entry, else none. */
function tryShare(
  state: StateReader,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
): SafeFloat | undefined {
  if (state.get(Alpha.key(hotkey, coldkey, netuid)) !== null)
    return fromU64F64(Alpha.get(state, hotkey, coldkey, netuid).bits);
  if (state.get(AlphaV2.key(hotkey, coldkey, netuid)) !== null)
    return AlphaV2.get(state, hotkey, coldkey, netuid);
  return undefined;
}

/** `get_denominator`: `TotalHotkeyShares` if present, else `TotalHotkeySharesV2`. */
function denominator(state: StateReader, hotkey: Uint8Array, netuid: number): SafeFloat {
  if (state.get(TotalHotkeyShares.key(hotkey, netuid)) !== null)
    return fromU64F64(TotalHotkeyShares.get(state, hotkey, netuid).bits);
  return TotalHotkeySharesV2.get(state, hotkey, netuid);
}

function setShare(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  share: SafeFloat,
) {
  Alpha.set(state, hotkey, coldkey, netuid, undefined);
  AlphaV2.set(state, hotkey, coldkey, netuid, isZero(share) ? undefined : share);
}

function setDenominator(state: StateOverlay, hotkey: Uint8Array, netuid: number, value: SafeFloat) {
  TotalHotkeyShares.set(state, hotkey, netuid, undefined);
  TotalHotkeySharesV2.set(state, hotkey, netuid, isZero(value) ? undefined : value);
}

function setShared(state: StateOverlay, hotkey: Uint8Array, netuid: number, value: bigint) {
  TotalHotkeyAlpha.set(state, hotkey, netuid, value === 0n ? undefined : value);
}

/** `get_value_from_shares`: `TotalHotkeyAlpha · shares / denominator`, truncated. */
function poolValue(state: StateReader, hotkey: Uint8Array, netuid: number, shares: SafeFloat): bigint {
  const shared = fromU64(TotalHotkeyAlpha.get(state, hotkey, netuid));
  return toU64(mulDiv(shared, shares, denominator(state, hotkey, netuid)) ?? ZERO);
}

/**
 * A coldkey's alpha on a hotkey in a subnet (`get_stake_for_hotkey_and_coldkey_on_subnet`): 0 without shares.
 *
 * @example
 * stakeOf(state, hotkey, coldkey, 1) // 1_000_000_000n
 */
export function stakeOf(state: StateReader, hotkey: Uint8Array, coldkey: Uint8Array, netuid: number): bigint {
  const share = tryShare(state, hotkey, coldkey, netuid);
  return share === undefined ? 0n : poolValue(state, hotkey, netuid, share);
}

/**
 * Alpha worth of given shares of a hotkey's pool (`get_value_from_shares`), for readers that iterate shares.
 *
 * @example
 * sharesValue(state, hotkey, 1, shares)
 */
export function sharesValue(
  state: StateReader,
  hotkey: Uint8Array,
  netuid: number,
  shares: SafeFloat,
): bigint {
  return poolValue(state, hotkey, netuid, shares);
}

/** `get_shares_per_update`: `|update| · denominator / shared value`. */
function sharesPerUpdate(amount: bigint, shared: bigint, denom: SafeFloat): SafeFloat {
  return mulDiv(fromU64(amount), denom, fromU64(shared)) ?? ZERO;
}

/** `update_value_for_one`: moves `delta` alpha in or out of a coldkey's position at the pool's rate. */
function updateOne(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  delta: bigint,
) {
  const shared = TotalHotkeyAlpha.get(state, hotkey, netuid);
  const current = tryShare(state, hotkey, coldkey, netuid) ?? ZERO;
  const denom = denominator(state, hotkey, netuid);
  const magnitude = delta < 0n ? -delta : delta;
  if (isZero(denom)) {
    const initial = fromU64(magnitude);
    setDenominator(state, hotkey, netuid, initial);
    setShare(state, hotkey, coldkey, netuid, initial);
  } else {
    const shares = sharesPerUpdate(magnitude, shared, denom);
    const op = delta > 0n ? add : sub;
    setDenominator(state, hotkey, netuid, op(denom, shares) ?? denom);
    setShare(state, hotkey, coldkey, netuid, op(current, shares) ?? current);
  }
  const next = shared + delta;
  setShared(state, hotkey, netuid, next < 0n ? 0n : next);
}

/**
 * `sim_update_value_for_one`: whether `amount` would buy a non-zero number of shares (else the pool is
 * too coarse: `InsufficientLiquidity`).
 *
 * @example
 * canIncreaseStake(state, hotkey, 1, 10n)
 */
export function canIncreaseStake(
  state: StateReader,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
): boolean {
  const denom = denominator(state, hotkey, netuid);
  if (isZero(denom)) return true;
  return !isZero(sharesPerUpdate(amount, TotalHotkeyAlpha.get(state, hotkey, netuid), denom));
}

/**
 * Credits `amount` alpha to `(hotkey, coldkey, netuid)` and notes the hotkey in `StakingHotkeys`
 * (`increase_stake_for_hotkey_and_coldkey_on_subnet`).
 *
 * @example
 * increaseStake(state, hotkey, coldkey, 1, 10n ** 9n);
 */
export function increaseStake(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  amount: bigint,
): void {
  if (amount <= 0n) return;
  noteStakingHotkey(state, coldkey, hotkey);
  updateOne(state, hotkey, coldkey, netuid, amount);
}

/**
 * Records that `coldkey` stakes to `hotkey` (`StakingHotkeys`).
 *
 * @example
 * noteStakingHotkey(state, coldkey, hotkey);
 */
export function noteStakingHotkey(state: StateOverlay, coldkey: Uint8Array, hotkey: Uint8Array): void {
  const staking = StakingHotkeys.get(state, coldkey);
  if (!staking.some((h) => sameAccount(h, hotkey))) StakingHotkeys.set(state, coldkey, [...staking, hotkey]);
}

/**
 * Debits `amount` alpha from `(hotkey, coldkey, netuid)` when the position holds at least that much
 * (`decrease_stake_for_hotkey_and_coldkey_on_subnet`); returns the amount taken (0 otherwise).
 *
 * @example
 * decreaseStake(state, hotkey, coldkey, 1, 10n ** 9n);
 */
export function decreaseStake(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  amount: bigint,
): bigint {
  const share = tryShare(state, hotkey, coldkey, netuid);
  if (share === undefined || poolValue(state, hotkey, netuid, share) < amount || amount <= 0n) return 0n;
  updateOne(state, hotkey, coldkey, netuid, -amount);
  return amount;
}

/**
 * Adds alpha to a hotkey's pool without minting shares (`update_value_for_all`): spread over its nominators.
 *
 * @example
 * increasePool(state, hotkey, 1, 500n);
 */
export function increasePool(state: StateOverlay, hotkey: Uint8Array, netuid: number, amount: bigint): void {
  if (amount <= 0n) return;
  setShared(state, hotkey, netuid, TotalHotkeyAlpha.get(state, hotkey, netuid) + amount);
}
