/**
 * `move_stake`, `transfer_stake`, `swap_stake` and `swap_stake_limit` (subtensor `staking/move_stake.rs`):
 * one `transition_stake_internal` moves alpha between (coldkey, hotkey, netuid) positions. Across subnets
 * it unstakes (fee paid on one side only: the destination's, or the origin's when leaving root) and
 * restakes the TAO unless it is under `DefaultMinStake`; within a subnet it moves shares without a swap.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { mulBits, ONE, ratioBits } from '../swap/balancer.js';
import { depositTao, hotkeyExists, withdrawTao } from './accounts.js';
import { ensure, type SubtensorError } from './errors.js';
import { deposit } from './events.js';
import { decreaseStake, increaseStake, stakeOf } from './pools.js';
import { addStakeAdjustRootClaimed, removeStakeAdjustRootClaimed } from './root-claim.js';
import {
  check,
  DEFAULT_MIN_STAKE,
  maxAmountAdd,
  maxAmountRemove,
  stakeIntoSubnet,
  subtokenEnabled,
  U64_MAX,
  unstakeFromSubnet,
} from './staking.js';
import { SubnetAlphaIn, SubnetTAO, TransferToggle } from './storage.js';
import { currentPriceBits, isDynamic, MAX_PRICE, MIN_PRICE, simulateSwap } from './subnet-swap.js';
import { subnetExists } from './subnets.js';
import { sameAccount } from './types.js';

/** One stake transition: from `(originColdkey, originHotkey, originNetuid)` to the destination. */
export interface StakeTransition {
  readonly originColdkey: Uint8Array;
  readonly destinationColdkey: Uint8Array;
  readonly originHotkey: Uint8Array;
  readonly destinationHotkey: Uint8Array;
  readonly originNetuid: number;
  readonly destinationNetuid: number;
  /** `swap_stake_limit`'s limit price (origin price / destination price, in rao) and partial fill. */
  readonly limit?: { readonly price: bigint; readonly allowPartial: boolean };
  /** `transfer_stake` checks `TransferToggle`. */
  readonly checkTransferToggle: boolean;
}

/**
 * `get_max_amount_move`: the most origin alpha that can move before the origin/destination price ratio
 * falls to `limitRao` (single-step formula of subtensor, corner cases included).
 *
 * @example
 * maxAmountMove(state, 1, 2, 5n * 10n ** 8n)
 */
export function maxAmountMove(
  state: Parameters<typeof isDynamic>[0],
  origin: number,
  destination: number,
  limitRao: bigint,
): bigint {
  const stableOrigin = !isDynamic(state, origin);
  const stableDestination = !isDynamic(state, destination);
  const tao = 1_000_000_000n;
  // Stryker disable next-line ConditionalExpression: equivalent, the stable-origin branch inverts the limit into a stable buy limit, which gives the same
  if (stableOrigin && stableDestination) return limitRao > tao ? 0n : U64_MAX;
  if (stableOrigin) {
    if (limitRao === 0n) return U64_MAX;
    return maxAmountAdd(state, destination, mulBits(tao, ratioBits(tao, limitRao)));
  }
  if (stableDestination) return maxAmountRemove(state, origin, limitRao);
  const tao1 = SubnetTAO.get(state, origin);
  const tao2 = SubnetTAO.get(state, destination);
  if (tao1 === 0n || tao2 === 0n) return 0n;
  const alpha1 = SubnetAlphaIn.get(state, origin);
  const alpha2 = SubnetAlphaIn.get(state, destination);
  if (alpha1 === 0n || alpha2 === 0n) return 0n;
  const limit = ratioBits(limitRao, tao);
  const p2 = currentPriceBits(state, destination);
  // Stryker disable next-line ConditionalExpression: unreachable, a pool with TAO and alpha has a price of at least 1 / u64::MAX, not 0 bits
  const current = p2 === 0n ? 0n : (currentPriceBits(state, origin) * ONE) / p2;
  if (limit > current) return 0n;
  if (limitRao === 0n) return U64_MAX;
  const sum = tao1 + tao2;
  const quotient = (alpha2 * ratioBits(tao1, sum) * ONE) / limit;
  // U64F64 division that overflows is `None`, which `safe_div` turns into 0.
  const lhs = quotient >= 1n << 128n ? 0n : quotient;
  const rhs = alpha1 * ratioBits(tao2, sum);
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, equal sides give 0, and mulBits saturates a negative difference to 0
  return lhs > rhs ? mulBits(1n, lhs - rhs) : 0n;
}

/**
 * `validate_stake_transition`: the first failing check of moving `alpha` (at most `maxAmount` without a
 * partial fill), or undefined.
 *
 * @example
 * check(transitionRefusal(ctx, t, alpha, alpha));
 */
export function transitionRefusal(
  ctx: DispatchContext,
  t: StakeTransition,
  alpha: bigint,
  maxAmount: bigint,
): SubtensorError | undefined {
  const { state } = ctx;
  const crossSubnet = t.originNetuid !== t.destinationNetuid;
  if (
    sameAccount(t.originColdkey, t.destinationColdkey) &&
    sameAccount(t.originHotkey, t.destinationHotkey) &&
    !crossSubnet
  )
    return 'SameNetuid';
  if (!subnetExists(state, t.originNetuid)) return 'SubnetNotExists';
  if (crossSubnet && !subnetExists(state, t.destinationNetuid)) return 'SubnetNotExists';
  if (!subtokenEnabled(state, t.originNetuid) || !subtokenEnabled(state, t.destinationNetuid))
    return 'SubtokenDisabled';
  if (!hotkeyExists(ctx, t.originHotkey) || !hotkeyExists(ctx, t.destinationHotkey))
    return 'HotKeyAccountNotExists';
  if (alpha > stakeOf(state, t.originHotkey, t.originColdkey, t.originNetuid))
    return 'NotEnoughStakeToWithdraw';
  if (crossSubnet) {
    // Stryker disable next-line StringLiteral: equivalent, swapStep sells for any direction but 'taoForAlpha'
    const sim = simulateSwap(state, t.originNetuid, 'alphaForTao', alpha);
    if (typeof sim === 'string') return 'InsufficientLiquidity';
    if (sim.paidOut <= DEFAULT_MIN_STAKE) return 'AmountTooLow';
    if (t.limit !== undefined && !t.limit.allowPartial && alpha > maxAmount) return 'SlippageTooHigh';
  }
  if (t.checkTransferToggle) {
    if (!TransferToggle.get(state, t.originNetuid)) return 'TransferDisallowed';
    if (crossSubnet && !TransferToggle.get(state, t.destinationNetuid)) return 'TransferDisallowed';
  }
  return undefined;
}

/**
 * `transition_stake_internal`: moves up to `alphaAmount` (capped at the origin stake); returns the TAO
 * moved (the unstaked TAO across subnets, the alpha's worth at the current price within one).
 *
 * @example
 * transitionStake(ctx, { originColdkey: c, destinationColdkey: c, originHotkey: h1, destinationHotkey: h2, originNetuid: 1, destinationNetuid: 1, checkTransferToggle: false }, alpha);
 */
export function transitionStake(ctx: DispatchContext, t: StakeTransition, alphaAmount: bigint): bigint {
  const { state } = ctx;
  const available = stakeOf(state, t.originHotkey, t.originColdkey, t.originNetuid);
  // Stryker disable next-line EqualityOperator: equivalent, the minimum of two equal amounts is either
  const alpha = alphaAmount < available ? alphaAmount : available;
  const crossSubnet = t.originNetuid !== t.destinationNetuid;
  const max =
    crossSubnet && t.limit !== undefined
      ? maxAmountMove(state, t.originNetuid, t.destinationNetuid, t.limit.price)
      : alpha;
  check(transitionRefusal(ctx, t, alpha, max));
  // Stryker disable next-line EqualityOperator: equivalent, the minimum of two equal amounts is either
  const moved = alpha < max ? alpha : max;
  if (!crossSubnet) return moveWithinSubnet(ctx, t, moved);
  const dropOriginFee = t.originNetuid === 0;
  const tao = unstakeFromSubnet(
    ctx,
    t.originHotkey,
    t.originColdkey,
    t.originColdkey,
    t.originNetuid,
    moved,
    MIN_PRICE,
    dropOriginFee,
  );
  // Stryker disable next-line ConditionalExpression: equivalent, paying the TAO from a coldkey to itself changes no balance
  if (!sameAccount(t.originColdkey, t.destinationColdkey)) {
    // Stryker disable next-line StringLiteral: unreachable, the unstake just paid `tao` to the origin coldkey
    ensure(withdrawTao(ctx, t.originColdkey, tao), 'InsufficientBalance');
    depositTao(ctx, t.destinationColdkey, tao);
  }
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, the sale was refused unless it pays more than DefaultMinStake
  if (tao >= DEFAULT_MIN_STAKE)
    stakeIntoSubnet(
      ctx,
      t.destinationHotkey,
      t.destinationColdkey,
      t.destinationNetuid,
      tao,
      MAX_PRICE,
      !dropOriginFee,
    );
  return tao;
}

/** `transfer_stake_within_subnet`: shares move, no swap and no fee; a `StakeRemoved` and a `StakeAdded` event. */
function moveWithinSubnet(ctx: DispatchContext, t: StakeTransition, alpha: bigint): bigint {
  const { state } = ctx;
  const netuid = t.originNetuid;
  decreaseStake(state, t.originHotkey, t.originColdkey, netuid, alpha);
  if (netuid === 0) removeStakeAdjustRootClaimed(state, t.originHotkey, t.originColdkey, alpha);
  increaseStake(state, t.destinationHotkey, t.destinationColdkey, netuid, alpha);
  if (netuid === 0) addStakeAdjustRootClaimed(state, t.destinationHotkey, t.destinationColdkey, alpha);
  const tao = mulBits(alpha, currentPriceBits(state, netuid));
  ensure(tao >= DEFAULT_MIN_STAKE, 'AmountTooLow');
  deposit(ctx, 'StakeRemoved', [t.originColdkey, t.originHotkey, tao, alpha, netuid, 0n]);
  deposit(ctx, 'StakeAdded', [t.destinationColdkey, t.destinationHotkey, tao, alpha, netuid, 0n]);
  return tao;
}
