/**
 * Burn registration (`burned_register`, `register`): subtensor `subnets/registration.rs`, `do_register`.
 * The burn decays every block with half-life `BurnHalfLife` (Q32, `decay_factor_q32`) and is multiplied by
 * `BurnIncreaseMult` after each registration, clamped to `[MinBurn, MaxBurn]`.
 */

import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay } from '../../frame/state.js';
import { freeBalance } from '../balances/currency.js';
import { coldkeyOwnsHotkey, createAccountIfNonExistent, withdrawTao } from './accounts.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { appendNeuron, neuronToPrune, replaceNeuron } from './neurons.js';
import { shouldRunEpoch } from './scheduler.js';
import {
  Burn,
  BurnHalfLife,
  BurnIncreaseMult,
  MaxAllowedUids,
  MaxBurn,
  MaxRegistrationsPerBlock,
  MinBurn,
  NetworkRegistrationAllowed,
  RAORecycledForRegistration,
  RegistrationsThisBlock,
  RegistrationsThisInterval,
  SubnetAlphaOut,
  SubnetworkN,
  Uids,
} from './storage.js';
import { swapTaoForAlpha } from './subnet-swap.js';
import { allNetuids, subnetExists } from './subnets.js';
import { recordTaoInflow } from './tao-flow.js';

const Q32 = 1n << 32n;

/** `value · factor` for a Q32 factor of at most 1.0, so the product never exceeds `value` (a u64). */
function mulQ32(value: bigint, factor: bigint): bigint {
  return (value * factor) >> 32n;
}

function powQ32(base: bigint, exp: number): bigint {
  let result = Q32;
  let factor = base;
  for (let power = exp; power > 0; power >>= 1) {
    if (power & 1) result = mulQ32(result, factor);
    factor = mulQ32(factor, factor);
  }
  return result;
}

const decayCache = new Map<number, bigint>();
/** `decay_factor_q32(half_life)`: the largest Q32 `f` with `f^half_life <= 0.5`. @example decayFactorQ32(360) */
export function decayFactorQ32(halfLife: number): bigint {
  if (halfLife === 0) return Q32;
  const cached = decayCache.get(halfLife);
  // A miss only repeats the search, which finds the same factor.
  // Stryker disable next-line ConditionalExpression: equivalent, see above
  if (cached !== undefined) return cached;
  let lo = 0n;
  let hi = Q32;
  while (lo + 1n < hi) {
    const mid = lo + ((hi - lo) >> 1n);
    if (powQ32(mid, halfLife) > Q32 >> 1n) hi = mid;
    else lo = mid;
  }
  decayCache.set(halfLife, lo);
  return lo;
}

function clampBurn(state: StateOverlay, netuid: number, burn: bigint): bigint {
  const min = MinBurn.get(state, netuid);
  const max = MaxBurn.get(state, netuid);
  // Stryker disable next-line EqualityOperator: equivalent, a burn equal to a bound is that bound either way
  return burn < min ? min : burn > max ? max : burn;
}

/**
 * `update_registration_prices_for_networks` (start of every block): burn decay, the per-block counter reset and, on
 * root's epoch boundary, root's per-interval counter reset.
 *
 * @example
 * updateRegistrationPrices(state, 12n);
 */
export function updateRegistrationPrices(state: StateOverlay, block: bigint): void {
  for (const netuid of allNetuids(state)) {
    const burn = Burn.get(state, netuid);
    const halfLife = BurnHalfLife.get(state, netuid);
    // A half-life of 0 is no decay: its factor is 1.0.
    let next = block > 1n ? mulQ32(burn, decayFactorQ32(halfLife)) : burn;
    next = clampBurn(state, netuid, next);
    if (next !== burn) Burn.set(state, netuid, next);
    if (RegistrationsThisBlock.get(state, netuid) !== 0) RegistrationsThisBlock.set(state, netuid, 0);
    // Root keeps interval-based admission (`root_register`): its counter restarts on root's epoch boundary.
    // Stryker disable next-line ConditionalExpression: equivalent, the reset names root itself; testing the netuid only keeps it to once a block
    if (netuid === 0 && shouldRunEpoch(state, 0, block)) RegistrationsThisInterval.set(state, 0, 0);
  }
}

/**
 * `do_register`: checks in subtensor's order, burns `Burn[netuid]` (swapped to alpha and burned), appends
 * a uid or replaces the neuron to prune, bumps the price, emits `NeuronRegistered`.
 * The per-block cap (`MaxRegistrationsPerBlock`) is checked as the transaction extension does.
 *
 * @example
 * doRegister(ctx, coldkey, 1, hotkey); // uid
 */
export function doRegister(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  netuid: number,
  hotkey: Uint8Array,
): number {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(netuid !== 0, 'RegistrationNotPermittedOnRootSubnet');
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  ensure(NetworkRegistrationAllowed.get(state, netuid), 'SubNetRegistrationDisabled');
  ensure(
    RegistrationsThisBlock.get(state, netuid) < MaxRegistrationsPerBlock.get(state, netuid),
    'TooManyRegistrationsThisBlock',
  );
  ensure(Uids.get(state, netuid, hotkey) === undefined, 'HotKeyAlreadyRegisteredInSubNet');
  const cost = Burn.get(state, netuid);
  ensure(freeBalance(ctx, coldkey) >= cost, 'NotEnoughBalanceToStake');
  createAccountIfNonExistent(ctx, coldkey, hotkey);
  ensure(coldkeyOwnsHotkey(ctx, coldkey, hotkey), 'NonAssociatedColdKey');
  const max = MaxAllowedUids.get(state, netuid);
  ensure(max !== 0, 'NoNeuronIdAvailable');
  const n = SubnetworkN.get(state, netuid);
  let prune: number | undefined;
  if (n >= max) {
    prune = neuronToPrune(state, netuid, block);
    ensure(prune !== undefined, 'NoNeuronIdAvailable');
  }
  // The balance was checked above: this cannot fail.
  // Stryker disable next-line StringLiteral: unreachable, see above
  ensure(withdrawTao(ctx, coldkey, cost), 'NotEnoughBalanceToStake');
  // The swap counted the alpha it bought as outstanding; burning it takes it out again.
  const bought = swapTaoForAlpha(state, netuid, cost).paidOut;
  SubnetAlphaOut.set(state, netuid, SubnetAlphaOut.get(state, netuid) - bought);
  let uid: number;
  if (prune === undefined) uid = appendNeuron(state, netuid, hotkey, block);
  else {
    replaceNeuron(state, netuid, prune, hotkey, block);
    uid = prune;
  }
  const mult = BurnIncreaseMult.get(state, netuid).bits;
  // Stryker disable next-line EqualityOperator: equivalent, a multiplier of exactly 1.0 is 1.0 either way
  const m = mult < 1n << 64n ? 1n << 64n : mult;
  Burn.set(state, netuid, clampBurn(state, netuid, (Burn.get(state, netuid) * m) >> 64n));
  RegistrationsThisBlock.set(state, netuid, RegistrationsThisBlock.get(state, netuid) + 1);
  RAORecycledForRegistration.set(state, netuid, RAORecycledForRegistration.get(state, netuid) + cost);
  recordTaoInflow(state, netuid, cost);
  deposit(ctx, 'NeuronRegistered', [netuid, uid, hotkey]);
  return uid;
}
