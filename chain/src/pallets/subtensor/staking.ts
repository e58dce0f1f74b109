/**
 * Adding and removing stake (dynamic TAO), as subtensor's `staking/add_stake.rs`, `remove_stake.rs` and
 * `stake_utils.rs` do it: TAO is swapped through the subnet pool (`subnet-swap.ts`, with the swap fee)
 * and the alpha is credited to the `(hotkey, coldkey, netuid)` share pool; checks run in
 * `validate_add_stake` / `validate_remove_stake` order. Limit orders cap the swap at the limit price
 * (`get_max_amount_add` / `get_max_amount_remove`): without `allow_partial` an order that would pass it
 * fails with `SlippageTooHigh`, with it the order fills up to the limit.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateReader } from '../../frame/state.js';
import { freeBalance } from '../balances/currency.js';
import { swapFail } from '../swap/errors.js';
import { depositTao, hotkeyExists, withdrawTao } from './accounts.js';
import { ensure, fail, type SubtensorError } from './errors.js';
import { deposit } from './events.js';
import { canIncreaseStake, decreaseStake, increaseStake, stakeOf } from './pools.js';
import { rootStakeAdded, rootStakeRemoved } from './root-claim.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO, SubtokenEnabled } from './storage.js';
import {
  isDynamic,
  MAX_PRICE,
  MIN_PRICE,
  type SwapOutcome,
  simulateSwap,
  swapAlphaForTao,
  swapTaoForAlpha,
} from './subnet-swap.js';
import { subnetExists } from './subnets.js';
import { recordTaoInflow, recordTaoOutflow } from './tao-flow.js';

/** `DefaultMinStake`: the smallest stake operation, in rao. */
export const DEFAULT_MIN_STAKE = 2_000_000n;
/** `u64::MAX`: "no cap" for a limit order's maximum amount. */
export const U64_MAX = 0xffff_ffff_ffff_ffffn;
const RAO_PER_TAO = 1_000_000_000n;

/** Whether stake may move on a subnet (`SubtokenEnabled`; root always). @example subtokenEnabled(state, 0) // true */
export function subtokenEnabled(state: StateReader, netuid: number): boolean {
  return netuid === 0 || SubtokenEnabled.get(state, netuid);
}

/** Fails with `error` when there is one (the validators return the first failing check). */
export function check(error: SubtensorError | undefined): void {
  if (error !== undefined) fail(error);
}

/**
 * `stake_into_subnet`: swaps `tao` (up to `limitRao`) for alpha and credits it to `(hotkey, coldkey)`;
 * emits `StakeAdded(coldkey, hotkey, tao, alpha, netuid, fee)` and returns the alpha. The coldkey pays
 * what the swap used (input and fee); the fee goes to the block author, burned on the devnet.
 *
 * @example
 * stakeIntoSubnet(ctx, hotkey, coldkey, 1, 10n ** 9n, MAX_PRICE, false);
 */
export function stakeIntoSubnet(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  tao: bigint,
  limitRao: bigint,
  dropFees: boolean,
): bigint {
  const { state } = ctx;
  const out = swapTaoForAlpha(state, netuid, tao, limitRao, dropFees);
  // Stryker disable next-line StringLiteral: unreachable, add_stake checked the balance and a move just paid the coldkey
  ensure(withdrawTao(ctx, coldkey, out.paidIn + out.fee), 'NotEnoughBalanceToStake');
  // Stryker disable next-line EqualityOperator,ConditionalExpression,StringLiteral: unreachable, a swap that buys nothing is refused (ReservesTooLow)
  ensure(out.paidOut > 0n, 'AmountTooLow');
  ensure(canIncreaseStake(state, hotkey, netuid, out.paidOut), 'InsufficientLiquidity');
  increaseStake(state, hotkey, coldkey, netuid, out.paidOut);
  if (netuid === 0) rootStakeAdded(state, hotkey, coldkey, out.paidOut);
  recordTaoInflow(state, netuid, out.paidIn);
  deposit(ctx, 'StakeAdded', [coldkey, hotkey, tao, out.paidOut, netuid, out.fee]);
  return out.paidOut;
}

/**
 * `unstake_from_subnet`: takes `alpha` from `(hotkey, coldkey)`, swaps it (down to `limitRao`) and pays
 * the TAO to `beneficiary`; alpha the limit left unswapped goes back to the stake, the alpha fee is burned
 * (no block author). Emits `StakeRemoved(coldkey, hotkey, tao, alpha swapped, netuid, fee)`; returns the TAO.
 *
 * @example
 * unstakeFromSubnet(ctx, hotkey, coldkey, coldkey, 1, 10n ** 9n, MIN_PRICE, false);
 */
export function unstakeFromSubnet(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  beneficiary: Uint8Array,
  netuid: number,
  alpha: bigint,
  limitRao: bigint,
  dropFees: boolean,
): bigint {
  const { state } = ctx;
  decreaseStake(state, hotkey, coldkey, netuid, alpha);
  const out = swapAlphaForTao(state, netuid, alpha, limitRao, dropFees);
  const refund = alpha - out.paidIn - out.fee;
  // Alpha a limit left unsold stays staked (increaseStake ignores a refund of 0).
  increaseStake(state, hotkey, coldkey, netuid, refund);
  depositTao(ctx, beneficiary, out.paidOut);
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, burning a zero fee subtracts nothing
  if (out.fee > 0n) {
    const outstanding = SubnetAlphaOut.get(state, netuid);
    // Stryker disable next-line EqualityOperator: equivalent, equal amounts saturate to 0 either way
    SubnetAlphaOut.set(state, netuid, outstanding > out.fee ? outstanding - out.fee : 0n);
  }
  if (netuid === 0) rootStakeRemoved(state, hotkey, coldkey, alpha);
  recordTaoOutflow(state, netuid, out.paidOut);
  deposit(ctx, 'StakeRemoved', [coldkey, hotkey, out.paidOut, out.paidIn, netuid, out.fee]);
  return out.paidOut;
}

/**
 * `validate_add_stake`: the first failing check of an add of `amount` TAO (capped at `maxAmount` when
 * `allowPartial`), or undefined.
 *
 * @example
 * check(addStakeRefusal(ctx, coldkey, hotkey, 1, amount, amount, false));
 */
export function addStakeRefusal(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
  maxAmount: bigint,
  allowPartial: boolean,
): SubtensorError | undefined {
  const { state } = ctx;
  if (!subnetExists(state, netuid)) return 'SubnetNotExists';
  if (!subtokenEnabled(state, netuid)) return 'SubtokenDisabled';
  const minSim = simulateSwap(state, netuid, 'taoForAlpha', DEFAULT_MIN_STAKE);
  const minFee = typeof minSim === 'string' ? 0n : minSim.fee;
  if (amount < DEFAULT_MIN_STAKE + minFee) return 'AmountTooLow';
  if (!allowPartial && amount > maxAmount) return 'SlippageTooHigh';
  // Stryker disable next-line EqualityOperator: equivalent, the minimum of two equal amounts is either
  const staked = allowPartial && maxAmount < amount ? maxAmount : amount;
  if (freeBalance(ctx, coldkey) < staked) return 'NotEnoughBalanceToStake';
  if (!hotkeyExists(ctx, hotkey)) return 'HotKeyAccountNotExists';
  const sim = simulateSwap(state, netuid, 'taoForAlpha', staked);
  if (typeof sim === 'string') return 'InsufficientLiquidity';
  if (sim.paidIn < DEFAULT_MIN_STAKE) return 'AmountTooLow';
  // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, a swap of at least DefaultMinStake that buys nothing is refused (ReservesTooLow) above
  if (sim.paidOut === 0n) return 'InsufficientLiquidity';
  // Stryker disable next-line ConditionalExpression: equivalent, stake_into_subnet refuses the same stake with the same error, and the dispatch rolls back
  if (!canIncreaseStake(state, hotkey, netuid, sim.paidOut)) return 'InsufficientLiquidity';
  return undefined;
}

/**
 * `validate_remove_stake`: the first failing check of a removal of `alpha` (limited to `maxAmount`
 * unless `allowPartial`), or undefined.
 *
 * @example
 * check(removeStakeRefusal(ctx, coldkey, hotkey, 1, alpha, alpha, false));
 */
export function removeStakeRefusal(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  alpha: bigint,
  maxAmount: bigint,
  allowPartial: boolean,
): SubtensorError | undefined {
  const { state } = ctx;
  if (!subnetExists(state, netuid)) return 'SubnetNotExists';
  if (alpha === 0n) return 'AmountTooLow';
  const have = stakeOf(state, hotkey, coldkey, netuid);
  if (alpha > have) return 'NotEnoughStakeToWithdraw';
  // Stryker disable next-line StringLiteral: equivalent, swapStep sells for any direction but 'taoForAlpha'
  const sim = simulateSwap(state, netuid, 'alphaForTao', alpha);
  if (typeof sim === 'string') return 'InsufficientLiquidity';
  if (have - alpha !== 0n && sim.paidOut < DEFAULT_MIN_STAKE) return 'AmountTooLow';
  if (!allowPartial && alpha > maxAmount) return 'SlippageTooHigh';
  if (!hotkeyExists(ctx, hotkey)) return 'HotKeyAccountNotExists';
  return undefined;
}

function ensureAddWithinSwapLimit(state: StateReader, netuid: number, tao: bigint): void {
  if (isDynamic(state, netuid)) ensure(tao <= SubnetTAO.get(state, netuid) * 1000n, 'InsufficientLiquidity');
}

function ensureRemoveWithinSwapLimit(state: StateReader, netuid: number, alpha: bigint): void {
  if (isDynamic(state, netuid))
    ensure(alpha <= SubnetAlphaIn.get(state, netuid) * 1000n, 'InsufficientLiquidity');
}

/**
 * `get_max_amount_add`: the most TAO (input and fee) that can be staked before the price reaches
 * `limitRao`; fails with the `Swap` error when the price is already there.
 *
 * @example
 * maxAmountAdd(state, 1, 2n * 10n ** 9n)
 */
export function maxAmountAdd(state: StateReader, netuid: number, limitRao: bigint): bigint {
  if (!isDynamic(state, netuid)) return limitRao >= RAO_PER_TAO ? U64_MAX : 0n;
  const out = simulateLimited(state, netuid, 'taoForAlpha', SubnetTAO.get(state, netuid) * 1000n, limitRao);
  return out.paidIn + out.fee;
}

/**
 * `get_max_amount_remove`: the most alpha (input and fee) that can be unstaked before the price falls
 * to `limitRao`.
 *
 * @example
 * maxAmountRemove(state, 1, 10n ** 8n)
 */
export function maxAmountRemove(state: StateReader, netuid: number, limitRao: bigint): bigint {
  if (!isDynamic(state, netuid)) return limitRao <= RAO_PER_TAO ? U64_MAX : 0n;
  const out = simulateLimited(
    state,
    netuid,
    // Stryker disable next-line StringLiteral: equivalent, swapStep sells for any direction but 'taoForAlpha'
    'alphaForTao',
    SubnetAlphaIn.get(state, netuid) * 1000n,
    limitRao,
  );
  return out.paidIn + out.fee;
}

/** A limited swap simulation; a refused swap fails the call with the `Swap` error, as subtensor's `?` does. */
function simulateLimited(
  state: StateReader,
  netuid: number,
  direction: 'taoForAlpha' | 'alphaForTao',
  amount: bigint,
  limitRao: bigint,
): SwapOutcome {
  const out = simulateSwap(state, netuid, direction, amount, limitRao);
  return typeof out === 'string' ? swapFail(out) : out;
}

/**
 * `add_stake(hotkey, netuid, amount_staked)`: returns the alpha credited.
 *
 * @example
 * addStake(ctx, coldkey, hotkey, 1, 10n ** 9n);
 */
export function addStake(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
): bigint {
  ensureAddWithinSwapLimit(ctx.state, netuid, amount);
  // Stryker disable next-line BooleanLiteral: equivalent, the order is its own maximum, so a partial fill is the whole
  check(addStakeRefusal(ctx, coldkey, hotkey, netuid, amount, amount, false));
  return stakeIntoSubnet(ctx, hotkey, coldkey, netuid, amount, MAX_PRICE, false);
}

/**
 * `add_stake_limit(hotkey, netuid, amount_staked, limit_price, allow_partial)`: stakes at most up to the
 * limit price (rao per alpha); returns the alpha credited.
 *
 * @example
 * addStakeLimit(ctx, coldkey, hotkey, 1, 10n ** 9n, 2n * 10n ** 9n, true);
 */
export function addStakeLimit(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
  limitRao: bigint,
  allowPartial: boolean,
): bigint {
  ensureAddWithinSwapLimit(ctx.state, netuid, amount);
  const max = maxAmountAdd(ctx.state, netuid, limitRao);
  check(addStakeRefusal(ctx, coldkey, hotkey, netuid, amount, max, allowPartial));
  // Stryker disable next-line EqualityOperator: equivalent, the minimum of two equal amounts is either
  return stakeIntoSubnet(ctx, hotkey, coldkey, netuid, amount < max ? amount : max, limitRao, false);
}

/**
 * `remove_stake(hotkey, netuid, amount_unstaked)`: the amount is capped at the coldkey's stake; returns the TAO paid out.
 *
 * @example
 * removeStake(ctx, coldkey, hotkey, 1, 10n ** 9n);
 */
export function removeStake(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
): bigint {
  const { state } = ctx;
  ensure(subtokenEnabled(state, netuid), 'SubtokenDisabled');
  const have = stakeOf(state, hotkey, coldkey, netuid);
  // Stryker disable next-line EqualityOperator: equivalent, the minimum of two equal amounts is either
  const alpha = amount < have ? amount : have;
  ensureRemoveWithinSwapLimit(state, netuid, alpha);
  // Stryker disable next-line BooleanLiteral: equivalent, the order is its own maximum, so a partial fill is the whole
  check(removeStakeRefusal(ctx, coldkey, hotkey, netuid, alpha, alpha, false));
  return unstakeFromSubnet(ctx, hotkey, coldkey, coldkey, netuid, alpha, MIN_PRICE, false);
}

/**
 * `remove_stake_limit(hotkey, netuid, amount_unstaked, limit_price, allow_partial)`: unstakes at most down
 * to the limit price; returns the TAO paid out.
 *
 * @example
 * removeStakeLimit(ctx, coldkey, hotkey, 1, 10n ** 9n, 10n ** 8n, false);
 */
export function removeStakeLimit(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
  limitRao: bigint,
  allowPartial: boolean,
): bigint {
  const { state } = ctx;
  ensureRemoveWithinSwapLimit(state, netuid, amount);
  const max = maxAmountRemove(state, netuid, limitRao);
  check(removeStakeRefusal(ctx, coldkey, hotkey, netuid, amount, max, allowPartial));
  return unstakeFromSubnet(
    ctx,
    hotkey,
    coldkey,
    coldkey,
    netuid,
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, equal amounts are either, and a larger partial sale stops at the limit by itself (the rest stays staked)
    amount < max ? amount : max,
    limitRao,
    false,
  );
}

/**
 * `remove_stake_full_limit(hotkey, netuid, limit_price)`: all of the coldkey's stake on the subnet, with
 * the limit (no partial fill) or without.
 *
 * @example
 * removeStakeFullLimit(ctx, coldkey, hotkey, 1, undefined);
 */
export function removeStakeFullLimit(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  limitRao: bigint | undefined,
): bigint {
  const alpha = stakeOf(ctx.state, hotkey, coldkey, netuid);
  return limitRao === undefined
    ? removeStake(ctx, coldkey, hotkey, netuid, alpha)
    : removeStakeLimit(ctx, coldkey, hotkey, netuid, alpha, limitRao, false);
}
