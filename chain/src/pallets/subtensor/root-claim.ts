/**
 * Root dividends claims, as subtensor's `staking/claim_root.rs`. The coinbase credits a root validator's share of a
 * subnet's root alpha dividends as a rate per unit of root stake (`RootClaimable`, `I96F32`); each of its root
 * stakers owes `rate × root stake − RootClaimed` and takes it by `claim_root` or the automatic claim of
 * `auto-claim-root.ts`: kept as alpha stake on the subnet, or swapped to TAO through the pool and restaked on
 * root, per the coldkey's `RootClaimType`. Adding or removing root stake moves `RootClaimed` by `rate × amount`, so
 * stake that arrives late earns nothing already accrued and stake that leaves keeps what it earned.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import {
  i96f32Add,
  i96f32Div,
  i96f32FromInt,
  i96f32Mul,
  i96f32Sub,
  i96f32ToU64,
  i96f32ToU128,
} from '../../yuma/fixed/i64f64.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { increaseStake, stakeOf } from './pools.js';
import {
  claimableRates,
  RootClaimable,
  RootClaimableThreshold,
  RootClaimed,
  SubnetRootSellTao,
  setClaimableRates,
} from './root-claim-storage.js';
import { claimSwaps, netuidSet, type RootClaimTypeValue } from './root-claim-type.js';
import { coldkeyHasRootStake, maybeAddColdkeyIndex, maybeRemoveColdkeyIndex } from './staking-coldkeys.js';
import {
  Owner,
  RootClaimType,
  StakingHotkeys,
  SubnetAlphaOut,
  SubnetTAO,
  TotalHotkeyAlpha,
  TotalStake,
} from './storage.js';
import { MIN_PRICE, swapAlphaForTao } from './subnet-swap.js';
import { recordProtocolOutflow } from './tao-flow.js';

/** `MAX_SUBNET_CLAIMS`: the most subnets one `claim_root` names. @example claimRoot(ctx, coldkey, netuids.slice(0, MAX_SUBNET_CLAIMS)); */
export const MAX_SUBNET_CLAIMS = 5;
const ROOT = 0;
const U128_MAX = (1n << 128n) - 1n;

/**
 * `increase_root_claimable_for_hotkey_and_subnet`: credits `amount` alpha of `netuid`'s root dividends to the root
 * stakers of `hotkey`, as `amount / root stake` added to its claimable rate. With less root stake than `amount`
 * (test set-ups only) the alpha goes to the hotkey's owner as stake on the subnet instead.
 *
 * @example
 * increaseRootClaimable(state, hotkey, 1, 820_000n);
 */
export function increaseRootClaimable(
  state: StateOverlay,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
): void {
  const total = i96f32FromInt(TotalHotkeyAlpha.get(state, hotkey, ROOT));
  const increment = i96f32Div(i96f32FromInt(amount), total) ?? 0n;
  if (amount > i96f32ToU64(total)) {
    increaseStake(state, hotkey, Owner.get(state, hotkey), netuid, amount);
    return;
  }
  const rates = claimableRates(state, hotkey);
  rates.set(netuid, i96f32Add(rates.get(netuid) ?? 0n, increment));
  setClaimableRates(state, hotkey, rates);
}

/**
 * The claimable rate of `hotkey` on `netuid` (`I96F32` bits; 0 when none).
 *
 * @example
 * claimableRate(state, hotkey, 1) // 1_760_936_591n: 0.41 alpha per rao of root stake, × 2^32
 */
export function claimableRate(state: StateReader, hotkey: Uint8Array, netuid: number): bigint {
  return claimableRates(state, hotkey).get(netuid) ?? 0n;
}

/**
 * `get_root_owed_for_hotkey_coldkey_float`: `rate × root stake − RootClaimed` (`I96F32` bits, negative when the
 * coldkey has claimed more than its present stake accrues).
 *
 * @example
 * rootOwedBits(state, hotkey, coldkey, 1)
 */
export function rootOwedBits(
  state: StateReader,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
): bigint {
  const rootStake = i96f32FromInt(stakeOf(state, hotkey, coldkey, ROOT));
  const claimable = i96f32Mul(claimableRate(state, hotkey, netuid), rootStake);
  return i96f32Sub(claimable, i96f32FromInt(RootClaimed.get(state, netuid, hotkey, coldkey)));
}

/**
 * `get_root_owed_for_hotkey_coldkey`: the alpha a claim would pay `coldkey` for `hotkey` on `netuid` now (floor, 0 if
 * negative), before the threshold.
 *
 * @example
 * rootOwed(state, hotkey, coldkey, 1) // 82_000n
 */
export function rootOwed(
  state: StateReader,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
): bigint {
  return i96f32ToU64(rootOwedBits(state, hotkey, coldkey, netuid));
}

/**
 * `root_claim_on_subnet`: pays what `coldkey` is owed for `hotkey` on `netuid` (nothing under the subnet's
 * `RootClaimableThreshold`; subtensor's `ignore_minimum_condition` is never set), kept as alpha or swapped to TAO and
 * restaked on root, and adds it to `RootClaimed`. A swap that fails fails the claim (the caller's transaction rolls
 * back).
 *
 * @example
 * rootClaimOnSubnet(ctx, hotkey, coldkey, 1, { type: 'Keep' });
 */
export function rootClaimOnSubnet(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  claimType: RootClaimTypeValue,
): void {
  const { state } = ctx;
  const owedBits = rootOwedBits(state, hotkey, coldkey, netuid);
  if (owedBits < RootClaimableThreshold.get(state, netuid).bits) return;
  const owed = i96f32ToU64(owedBits);
  if (owed === 0n) return;
  if (claimSwaps(claimType, netuid)) restakeOnRoot(state, hotkey, coldkey, netuid, owed);
  else increaseStake(state, hotkey, coldkey, netuid, owed);
  const claimed = RootClaimed.get(state, netuid, hotkey, coldkey) + owed;
  RootClaimed.set(state, netuid, hotkey, coldkey, claimed > U128_MAX ? U128_MAX : claimed);
}

/** The `Swap` branch: sells `owed` alpha for TAO (no fee, any price) and stakes the TAO on root. */
function restakeOnRoot(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  owed: bigint,
): void {
  const tao = swapAlphaForTao(state, netuid, owed, MIN_PRICE, true).paidOut;
  SubnetRootSellTao.set(state, netuid, SubnetRootSellTao.get(state, netuid) + tao);
  recordProtocolOutflow(state, netuid, tao);
  increaseStake(state, hotkey, coldkey, ROOT, tao);
  SubnetTAO.set(state, ROOT, SubnetTAO.get(state, ROOT) + tao);
  SubnetAlphaOut.set(state, ROOT, SubnetAlphaOut.get(state, ROOT) + tao);
  TotalStake.set(state, TotalStake.get(state) + tao);
  addStakeAdjustRootClaimed(state, hotkey, coldkey, tao);
}

/**
 * `root_claim_all`: claims every subnet `hotkey` has claimable on (only those in `subnets` when given), with the
 * coldkey's claim type.
 *
 * @example
 * rootClaimAll(ctx, hotkey, coldkey, undefined);
 */
export function rootClaimAll(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  subnets: readonly number[] | undefined,
): void {
  const claimType = RootClaimType.get(ctx.state, coldkey);
  for (const [netuid] of RootClaimable.get(ctx.state, hotkey)) {
    if (subnets !== undefined && !subnets.includes(netuid)) continue;
    rootClaimOnSubnet(ctx, hotkey, coldkey, netuid, claimType);
  }
}

/**
 * `do_root_claim`: claims for `coldkey` on each hotkey it stakes to, in one transaction (all or nothing), and emits
 * `RootClaimed { coldkey }`.
 *
 * @example
 * doRootClaim(ctx, coldkey, [1, 2]);
 */
export function doRootClaim(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  subnets: readonly number[] | undefined,
): void {
  const { state } = ctx;
  state.begin();
  try {
    for (const hotkey of StakingHotkeys.get(state, coldkey)) rootClaimAll(ctx, hotkey, coldkey, subnets);
  } catch (error) {
    state.rollback();
    throw error;
  }
  state.commit();
  deposit(ctx, 'RootClaimed', { coldkey });
}

/**
 * `claim_root(subnets)`: 1 to `MAX_SUBNET_CLAIMS` subnets (`InvalidSubnetNumber` otherwise); indexes the coldkey
 * for automatic claims and claims.
 *
 * @example
 * claimRoot(ctx, coldkey, [1]);
 */
export function claimRoot(ctx: DispatchContext, coldkey: Uint8Array, subnets: readonly number[]): void {
  ensure(subnets.length > 0 && subnets.length <= MAX_SUBNET_CLAIMS, 'InvalidSubnetNumber');
  maybeAddColdkeyIndex(ctx.state, coldkey);
  doRootClaim(ctx, coldkey, subnets);
}

/**
 * `set_root_claim_type(new_root_claim_type)`: `KeepSubnets` needs a subnet (`InvalidSubnetNumber`; its subnets are
 * the set a `BTreeSet` decodes to, sorted and without duplicates); indexes the coldkey and emits `RootClaimTypeSet`.
 *
 * @example
 * setRootClaimType(ctx, coldkey, { type: 'Keep' });
 */
export function setRootClaimType(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  claimType: RootClaimTypeValue,
): void {
  const decoded: RootClaimTypeValue =
    claimType.type === 'KeepSubnets'
      ? { type: 'KeepSubnets', value: { subnets: netuidSet(claimType.value.subnets) } }
      : claimType;
  if (decoded.type === 'KeepSubnets') ensure(decoded.value.subnets.length > 0, 'InvalidSubnetNumber');
  maybeAddColdkeyIndex(ctx.state, coldkey);
  RootClaimType.set(ctx.state, coldkey, decoded);
  deposit(ctx, 'RootClaimTypeSet', { coldkey, root_claim_type: decoded });
}

/** `rate × amount` per claimable subnet of `hotkey`, added to (`sign` 1) or taken from (−1) `RootClaimed`. */
function adjustRootClaimed(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  amount: bigint,
  sign: 1n | -1n,
): void {
  for (const [netuid, rate] of RootClaimable.get(state, hotkey)) {
    if (sign < 0n && netuid === ROOT) continue;
    const delta = i96f32ToU128(i96f32Mul(rate.bits, i96f32FromInt(amount)));
    const claimed = RootClaimed.get(state, netuid, hotkey, coldkey) + sign * delta;
    RootClaimed.set(
      state,
      netuid,
      hotkey,
      coldkey,
      claimed < 0n ? 0n : claimed > U128_MAX ? U128_MAX : claimed,
    );
  }
}

/**
 * `add_stake_adjust_root_claimed_for_hotkey_and_coldkey`: new root stake owes nothing already accrued.
 *
 * @example
 * addStakeAdjustRootClaimed(state, hotkey, coldkey, 10n ** 9n);
 */
export function addStakeAdjustRootClaimed(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  amount: bigint,
): void {
  adjustRootClaimed(state, hotkey, coldkey, amount, 1n);
}

/**
 * `remove_stake_adjust_root_claimed_for_hotkey_and_coldkey`: root stake that leaves takes its accrued share's
 * watermark with it.
 *
 * @example
 * removeStakeAdjustRootClaimed(state, hotkey, coldkey, 10n ** 9n);
 */
export function removeStakeAdjustRootClaimed(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  amount: bigint,
): void {
  adjustRootClaimed(state, hotkey, coldkey, amount, -1n);
}

/**
 * What `stake_into_subnet` does after crediting root stake: the new stake's `RootClaimed` watermark, and the coldkey
 * joins the auto-claim index.
 *
 * @example
 * rootStakeAdded(state, hotkey, coldkey, 10n ** 9n);
 */
export function rootStakeAdded(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  alpha: bigint,
): void {
  addStakeAdjustRootClaimed(state, hotkey, coldkey, alpha);
  maybeAddColdkeyIndex(state, coldkey);
}

/**
 * What `unstake_from_subnet` does after taking root stake: the watermark goes down, and a coldkey left without root
 * stake leaves the auto-claim index.
 *
 * @example
 * rootStakeRemoved(state, hotkey, coldkey, 10n ** 9n);
 */
export function rootStakeRemoved(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  alpha: bigint,
): void {
  removeStakeAdjustRootClaimed(state, hotkey, coldkey, alpha);
  if (!coldkeyHasRootStake(state, coldkey)) maybeRemoveColdkeyIndex(state, coldkey);
}
