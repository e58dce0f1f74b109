/**
 * The `sudo_set_*` hyperparameter setters the devnet implements: origin (root, or subnet owner|root via
 * `ensureOwnerOrRoot`), bounds as in `pallet_admin_utils`, the storage item written and the
 * `SubtensorModule` event emitted.
 */

import type { CallHandlers } from '../../frame/define-calls.js';
import type { EventSink } from '../../frame/define-events.js';
import { type DispatchContext, ensureRoot, type Origin } from '../../frame/define-pallet.js';
import type { StorageItem } from '../../frame/storage-item.js';
import { ensure as stEnsure } from '../subtensor/errors.js';
import { subtensorEvents } from '../subtensor/events.js';
import * as S from '../subtensor/storage.js';
import { ensureOwnerOrRoot, subnetExists } from '../subtensor/subnets.js';
import type { adminUtilsCallTable } from './call-table.js';
import { adminEnsure, adminFail } from './errors.js';
import { adminUtilsEvents } from './events.js';

/** One per-subnet setter: the argument it takes, the item it writes, its origin, checks and event. */
interface SubnetSetter<K extends string, V> {
  readonly origin: 'root' | 'owner';
  /** The argument carrying the new value. */
  readonly arg: K;
  readonly item: StorageItem<[number], V>;
  /** Deposits the `SubtensorModule` event `(netuid, value)` emitted on success. */
  readonly event?: (ctx: EventSink, data: [number, V]) => void;
  /** Bounds checks; throws the pallet's error. */
  readonly check?: (ctx: DispatchContext, origin: Origin, netuid: number, value: V) => void;
  /** Extra effect after the write. */
  readonly after?: (ctx: DispatchContext, netuid: number, value: V) => void;
}

/**
 * The handler of a per-subnet setter: origin, subnet existence, bounds, write, event. Its argument
 * type names the setter's argument, so the call table's entry must have it with the item's type.
 *
 * @example
 * subnetSetter({ origin: 'root', arg: 'kappa', item: S.Kappa, event: emit('KappaSet') })
 */
function subnetSetter<const K extends string, V>(
  s: SubnetSetter<K, V>,
): (
  ctx: DispatchContext,
  origin: Origin,
  args: { readonly netuid: number } & Readonly<Record<K, V>>,
) => void {
  return (ctx, origin, args) => {
    const { netuid } = args;
    if (s.origin === 'root') ensureRoot(origin);
    else ensureOwnerOrRoot(ctx, origin, netuid);
    if (!subnetExists(ctx.state, netuid)) adminFail('SubnetDoesNotExist');
    const value = args[s.arg];
    s.check?.(ctx, origin, netuid, value);
    s.item.set(ctx.state, netuid, value);
    s.after?.(ctx, netuid, value);
    s.event?.(ctx, [netuid, value]);
  };
}

/**
 * The handler of a global (chain-wide) root setter.
 *
 * @example
 * globalSetter({ arg: 'tx_rate_limit', item: S.TxRateLimit, event: emit('TxRateLimitSet') })
 */
function globalSetter<const K extends string, V>(s: {
  readonly arg: K;
  readonly item: StorageItem<[], V>;
  readonly event?: (ctx: EventSink, data: V) => void;
}): (ctx: DispatchContext, origin: Origin, args: Readonly<Record<K, V>>) => void {
  return (ctx, origin, args) => {
    ensureRoot(origin);
    const value = args[s.arg];
    s.item.set(ctx.state, value);
    s.event?.(ctx, value);
  };
}

const emit = subtensorEvents.depositor;
/** Deposits an `AdminUtils` `{ netuid, enabled }` event. */
const toggled =
  (name: 'Yuma3EnableToggled' | 'BondsResetToggled' | 'SubnetEmissionEnabledSet') =>
  (ctx: EventSink, [netuid, enabled]: [number, boolean]): void =>
    adminUtilsEvents.deposit(ctx, name, { netuid, enabled });
/** `NotPermittedOnRootSubnet` for netuid 0 (the owner-cut and subnet-emission switches). */
const notOnRoot = (_c: DispatchContext, _o: Origin, netuid: number): void =>
  adminEnsure(netuid !== 0, 'NotPermittedOnRootSubnet');
const TAO = 1_000_000_000n;

/**
 * The `sudo_set_*` calls the devnet implements, by call name: per-subnet setters, then global ones.
 * (`calls.ts` adds the few that are not plain setters.)
 */
export const setterHandlers: CallHandlers<typeof adminUtilsCallTable> = {
  sudo_set_serving_rate_limit: subnetSetter({
    origin: 'owner',
    arg: 'serving_rate_limit',
    item: S.ServingRateLimit,
    event: emit('ServingRateLimitSet'),
  }),
  sudo_set_min_difficulty: subnetSetter({
    origin: 'root',
    arg: 'min_difficulty',
    item: S.MinDifficulty,
    event: emit('MinDifficultySet'),
  }),
  sudo_set_max_difficulty: subnetSetter({
    origin: 'owner',
    arg: 'max_difficulty',
    item: S.MaxDifficulty,
    event: emit('MaxDifficultySet'),
  }),
  sudo_set_weights_version_key: subnetSetter({
    origin: 'owner',
    arg: 'weights_version_key',
    item: S.WeightsVersionKey,
    event: emit('WeightsVersionKeySet'),
  }),
  sudo_set_weights_set_rate_limit: subnetSetter({
    origin: 'root',
    arg: 'weights_set_rate_limit',
    item: S.WeightsSetRateLimit,
    event: emit('WeightsSetRateLimitSet'),
  }),
  sudo_set_adjustment_interval: subnetSetter({
    origin: 'root',
    arg: 'adjustment_interval',
    item: S.AdjustmentInterval,
    event: emit('AdjustmentIntervalSet'),
  }),
  sudo_set_adjustment_alpha: subnetSetter({
    origin: 'owner',
    arg: 'adjustment_alpha',
    item: S.AdjustmentAlpha,
    event: emit('AdjustmentAlphaSet'),
  }),
  sudo_set_immunity_period: subnetSetter({
    origin: 'owner',
    arg: 'immunity_period',
    item: S.ImmunityPeriod,
    event: emit('ImmunityPeriodSet'),
  }),
  sudo_set_min_allowed_weights: subnetSetter({
    origin: 'owner',
    arg: 'min_allowed_weights',
    item: S.MinAllowedWeights,
    event: emit('MinAllowedWeightSet'),
  }),
  sudo_set_max_allowed_uids: subnetSetter({
    origin: 'owner',
    arg: 'max_allowed_uids',
    item: S.MaxAllowedUids,
    event: emit('MaxAllowedUidsSet'),
    check: (ctx, _o, netuid, v: number) => {
      adminEnsure(v >= S.MinAllowedUids.get(ctx.state, netuid), 'MaxAllowedUidsLessThanMinAllowedUids');
      adminEnsure(v >= S.SubnetworkN.get(ctx.state, netuid), 'MaxAllowedUIdsLessThanCurrentUIds');
      adminEnsure(v <= 256, 'MaxAllowedUidsGreaterThanDefaultMaxAllowedUids');
    },
  }),
  sudo_set_min_allowed_uids: subnetSetter({
    origin: 'root',
    arg: 'min_allowed_uids',
    item: S.MinAllowedUids,
    event: emit('MinAllowedUidsSet'),
    check: (ctx, _o, netuid, v: number) =>
      adminEnsure(v <= S.MaxAllowedUids.get(ctx.state, netuid), 'MinAllowedUidsGreaterThanMaxAllowedUids'),
  }),
  sudo_set_kappa: subnetSetter({ origin: 'root', arg: 'kappa', item: S.Kappa, event: emit('KappaSet') }),
  sudo_set_rho: subnetSetter({ origin: 'owner', arg: 'rho', item: S.Rho, event: emit('RhoSet') }),
  sudo_set_activity_cutoff: subnetSetter({
    origin: 'owner',
    arg: 'activity_cutoff',
    item: S.ActivityCutoff,
    event: emit('ActivityCutoffSet'),
    check: (ctx, _o, _n, v: number) =>
      stEnsure(v >= S.MinActivityCutoff.get(ctx.state), 'ActivityCutoffTooLow'),
  }),
  sudo_set_network_registration_allowed: subnetSetter({
    origin: 'root',
    arg: 'registration_allowed',
    item: S.NetworkRegistrationAllowed,
    event: emit('RegistrationAllowed'),
  }),
  sudo_set_target_registrations_per_interval: subnetSetter({
    origin: 'root',
    arg: 'target_registrations_per_interval',
    item: S.TargetRegistrationsPerInterval,
    event: emit('RegistrationPerIntervalSet'),
  }),
  sudo_set_min_burn: subnetSetter({
    origin: 'owner',
    arg: 'min_burn',
    item: S.MinBurn,
    event: emit('MinBurnSet'),
    check: (ctx, _o, netuid, v: bigint) =>
      adminEnsure(v < TAO && v < S.MaxBurn.get(ctx.state, netuid), 'ValueNotInBounds'),
  }),
  sudo_set_max_burn: subnetSetter({
    origin: 'owner',
    arg: 'max_burn',
    item: S.MaxBurn,
    event: emit('MaxBurnSet'),
    check: (ctx, _o, netuid, v: bigint) =>
      adminEnsure(v > TAO / 10n && v > S.MinBurn.get(ctx.state, netuid), 'ValueNotInBounds'),
  }),
  sudo_set_difficulty: subnetSetter({
    origin: 'root',
    arg: 'difficulty',
    item: S.Difficulty,
    event: emit('DifficultySet'),
  }),
  sudo_set_max_allowed_validators: subnetSetter({
    origin: 'root',
    arg: 'max_allowed_validators',
    item: S.MaxAllowedValidators,
    event: emit('MaxAllowedValidatorsSet'),
    check: (ctx, _o, netuid, v: number) =>
      adminEnsure(v <= S.MaxAllowedUids.get(ctx.state, netuid), 'MaxValidatorsLargerThanMaxUIds'),
  }),
  sudo_set_bonds_moving_average: subnetSetter({
    origin: 'owner',
    arg: 'bonds_moving_average',
    item: S.BondsMovingAverage,
    event: emit('BondsMovingAverageSet'),
    check: (_ctx, o, _n, v: bigint) => {
      if (o.type !== 'Root') adminEnsure(v <= 975_000n, 'BondsMovingAverageMaxReached');
    },
  }),
  sudo_set_max_registrations_per_block: subnetSetter({
    origin: 'root',
    arg: 'max_registrations_per_block',
    item: S.MaxRegistrationsPerBlock,
    event: emit('MaxRegistrationsPerBlockSet'),
  }),
  sudo_set_tempo: subnetSetter({
    origin: 'root',
    arg: 'tempo',
    item: S.Tempo,
    event: emit('TempoSet'),
    after: (ctx, netuid) => S.LastEpochBlock.set(ctx.state, netuid, BigInt(ctx.blockNumber)),
  }),
  sudo_set_commit_reveal_weights_enabled: subnetSetter({
    origin: 'owner',
    arg: 'enabled',
    item: S.CommitRevealWeightsEnabled,
    event: emit('CommitRevealEnabled'),
  }),
  sudo_set_liquid_alpha_enabled: subnetSetter({ origin: 'owner', arg: 'enabled', item: S.LiquidAlphaOn }),
  sudo_set_commit_reveal_weights_interval: subnetSetter({
    origin: 'owner',
    arg: 'interval',
    item: S.RevealPeriodEpochs,
    event: emit('CommitRevealPeriodsSet'),
    check: (_c, _o, _n, v: bigint) => {
      stEnsure(v <= 100n, 'RevealPeriodTooLarge');
      stEnsure(v >= 1n, 'RevealPeriodTooSmall');
    },
  }),
  sudo_set_bonds_penalty: subnetSetter({
    origin: 'owner',
    arg: 'bonds_penalty',
    item: S.BondsPenalty,
    event: emit('BondsPenaltySet'),
  }),
  sudo_set_toggle_transfer: subnetSetter({
    origin: 'owner',
    arg: 'toggle',
    item: S.TransferToggle,
    event: emit('TransferToggle'),
  }),
  sudo_set_subtoken_enabled: subnetSetter({
    origin: 'root',
    arg: 'subtoken_enabled',
    item: S.SubtokenEnabled,
  }),
  sudo_set_alpha_sigmoid_steepness: subnetSetter({
    origin: 'owner',
    arg: 'steepness',
    item: S.AlphaSigmoidSteepness,
    event: emit('AlphaSigmoidSteepnessSet'),
    check: (_c, o, _n, v: number) => {
      if (o.type !== 'Root') adminEnsure(v >= 0, 'NegativeSigmoidSteepness');
    },
  }),
  sudo_set_yuma3_enabled: subnetSetter({
    origin: 'owner',
    arg: 'enabled',
    item: S.Yuma3On,
    event: toggled('Yuma3EnableToggled'),
  }),
  sudo_set_bonds_reset_enabled: subnetSetter({
    origin: 'owner',
    arg: 'enabled',
    item: S.BondsResetOn,
    event: (ctx, data) => {
      emit('BondsResetOnSet')(ctx, data);
      toggled('BondsResetToggled')(ctx, data);
    },
  }),
  sudo_set_min_non_immune_uids: subnetSetter({
    origin: 'root',
    arg: 'min',
    item: S.MinNonImmuneUids,
    event: emit('MinNonImmuneUidsSet'),
  }),
  sudo_set_burn_half_life: subnetSetter({
    origin: 'owner',
    arg: 'burn_half_life',
    item: S.BurnHalfLife,
    check: (_c, _o, _n, v: number) => adminEnsure(v >= 1 && v <= 36_100, 'ValueNotInBounds'),
    event: (ctx, [netuid, burn_half_life]) =>
      adminUtilsEvents.deposit(ctx, 'BurnHalfLifeSet', { netuid, burn_half_life }),
  }),
  sudo_set_burn_increase_mult: subnetSetter({
    origin: 'owner',
    arg: 'burn_increase_mult',
    item: S.BurnIncreaseMult,
    check: (_c, _o, _n, v: { bits: bigint }) =>
      adminEnsure(v.bits >= 1n << 64n && v.bits <= 3n << 64n, 'ValueNotInBounds'),
    event: (ctx, [netuid, burn_increase_mult]) =>
      adminUtilsEvents.deposit(ctx, 'BurnIncreaseMultSet', { netuid, burn_increase_mult }),
  }),
  sudo_set_owner_cut_enabled: subnetSetter({
    origin: 'owner',
    arg: 'enabled',
    item: S.OwnerCutEnabled,
    check: notOnRoot,
  }),
  sudo_set_subnet_emission_enabled: subnetSetter({
    origin: 'root',
    arg: 'enabled',
    item: S.SubnetEmissionEnabled,
    check: notOnRoot,
    event: toggled('SubnetEmissionEnabledSet'),
  }),
  sudo_set_rao_recycled: subnetSetter({
    origin: 'root',
    arg: 'rao_recycled',
    item: S.RAORecycledForRegistration,
    event: emit('RAORecycledForRegistrationSet'),
  }),
  // As subtensor: owner|root and the freeze window, but no subnet check and no event.
  sudo_set_recycle_or_burn: (ctx, origin, { netuid, recycle_or_burn }) => {
    ensureOwnerOrRoot(ctx, origin, netuid);
    S.RecycleOrBurn.set(ctx.state, netuid, recycle_or_burn);
  },
  sudo_set_min_childkey_take_per_subnet: subnetSetter({
    origin: 'owner',
    arg: 'take',
    item: S.MinChildkeyTakePerSubnet,
    check: (ctx, _o, _n, take: number) =>
      adminEnsure(
        take >= S.MinChildkeyTake.get(ctx.state) && take <= S.MaxChildkeyTake.get(ctx.state),
        'InvalidValue',
      ),
    event: emit('MinChildKeyTakePerSubnetSet'),
  }),

  sudo_set_tx_rate_limit: globalSetter({
    arg: 'tx_rate_limit',
    item: S.TxRateLimit,
    event: emit('TxRateLimitSet'),
  }),
  sudo_set_subnet_owner_cut: globalSetter({
    arg: 'subnet_owner_cut',
    item: S.SubnetOwnerCut,
    event: emit('SubnetOwnerCutSet'),
  }),
  sudo_set_network_rate_limit: globalSetter({
    arg: 'rate_limit',
    item: S.NetworkRateLimit,
    event: emit('NetworkRateLimitSet'),
  }),
  sudo_set_network_immunity_period: globalSetter({
    arg: 'immunity_period',
    item: S.NetworkImmunityPeriod,
    event: emit('NetworkImmunityPeriodSet'),
  }),
  sudo_set_network_min_lock_cost: globalSetter({
    arg: 'lock_cost',
    item: S.NetworkMinLockCost,
    event: emit('NetworkMinLockCostSet'),
  }),
  sudo_set_subnet_limit: globalSetter({
    arg: 'max_subnets',
    item: S.SubnetLimit,
    event: emit('SubnetLimitSet'),
  }),
  sudo_set_lock_reduction_interval: globalSetter({
    arg: 'interval',
    item: S.NetworkLockReductionInterval,
    event: emit('NetworkLockCostReductionIntervalSet'),
  }),
  sudo_set_stake_threshold: globalSetter({
    arg: 'min_stake',
    item: S.StakeThreshold,
    event: emit('StakeThresholdSet'),
  }),
  sudo_set_min_delegate_take: globalSetter({
    arg: 'take',
    item: S.MinDelegateTake,
    event: emit('MinDelegateTakeSet'),
  }),
  // subtensor's default_take setter writes MaxDelegateTake (set_max_delegate_take)
  sudo_set_default_take: globalSetter({
    arg: 'default_take',
    item: S.MaxDelegateTake,
    event: emit('MaxDelegateTakeSet'),
  }),
  sudo_set_tx_delegate_take_rate_limit: globalSetter({
    arg: 'tx_rate_limit',
    item: S.TxDelegateTakeRateLimit,
    event: emit('TxDelegateTakeRateLimitSet'),
  }),
  sudo_set_commit_reveal_version: globalSetter({
    arg: 'version',
    item: S.CommitRevealWeightsVersion,
    event: emit('CommitRevealVersionSet'),
  }),
  sudo_set_admin_freeze_window: globalSetter({
    arg: 'window',
    item: S.AdminFreezeWindow,
    event: emit('AdminFreezeWindowSet'),
  }),
  sudo_set_owner_hparam_rate_limit: globalSetter({
    arg: 'epochs',
    item: S.OwnerHyperparamRateLimit,
    event: emit('OwnerHyperparamRateLimitSet'),
  }),
  sudo_set_start_call_delay: globalSetter({
    arg: 'delay',
    item: S.StartCallDelay,
    event: emit('StartCallDelaySet'),
  }),
  sudo_set_coldkey_swap_announcement_delay: globalSetter({
    arg: 'duration',
    item: S.ColdkeySwapAnnouncementDelay,
    event: emit('ColdkeySwapAnnouncementDelaySet'),
  }),
  sudo_set_coldkey_swap_reannouncement_delay: globalSetter({
    arg: 'duration',
    item: S.ColdkeySwapReannouncementDelay,
    event: emit('ColdkeySwapReannouncementDelaySet'),
  }),
  sudo_set_ck_burn: globalSetter({ arg: 'burn', item: S.CKBurn }),
  sudo_set_subnet_moving_alpha: globalSetter({ arg: 'alpha', item: S.SubnetMovingAlpha }),
  sudo_set_max_epochs_per_block: globalSetter({
    arg: 'max_epochs_per_block',
    item: S.MaxEpochsPerBlock,
    event: emit('MaxEpochsPerBlockSet'),
  }),
};
