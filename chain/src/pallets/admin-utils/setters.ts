/**
 * The `sudo_set_*` hyperparameter setters the devnet implements: origin (root, or subnet owner|root via
 * `ensureOwnerOrRoot`), bounds as in `pallet_admin_utils`, the storage item written and the
 * `SubtensorModule` event emitted.
 */

import { type DispatchContext, ensureRoot, type Origin } from '../../frame/define-pallet.js';
import type { StorageItem } from '../../frame/storage-item.js';
import { ensure as stEnsure } from '../subtensor/errors.js';
import * as S from '../subtensor/storage.js';
import { ensureOwnerOrRoot, subnetExists } from '../subtensor/subnets.js';
import { adminEnsure, adminFail } from './errors.js';

/** One per-subnet setter. */
export interface SubnetSetter {
  readonly origin: 'root' | 'owner';
  /** The argument carrying the new value. */
  readonly arg: string;
  // biome-ignore lint/suspicious/noExplicitAny: any per-subnet item.
  readonly item: StorageItem<[number], any>;
  /** `SubtensorModule` event `(netuid, value)` emitted on success. */
  readonly event?: string;
  /** Bounds checks; throws the pallet's error. */
  readonly check?: (ctx: DispatchContext, origin: Origin, netuid: number, value: never) => void;
  /** Extra effect after the write. */
  readonly after?: (ctx: DispatchContext, netuid: number, value: never) => void;
}

const TAO = 1_000_000_000n;

/** Per-subnet setters by call name. */
export const subnetSetters: Record<string, SubnetSetter> = {
  sudo_set_serving_rate_limit: {
    origin: 'owner',
    arg: 'serving_rate_limit',
    item: S.ServingRateLimit,
    event: 'ServingRateLimitSet',
  },
  sudo_set_min_difficulty: {
    origin: 'root',
    arg: 'min_difficulty',
    item: S.MinDifficulty,
    event: 'MinDifficultySet',
  },
  sudo_set_max_difficulty: {
    origin: 'owner',
    arg: 'max_difficulty',
    item: S.MaxDifficulty,
    event: 'MaxDifficultySet',
  },
  sudo_set_weights_version_key: {
    origin: 'owner',
    arg: 'weights_version_key',
    item: S.WeightsVersionKey,
    event: 'WeightsVersionKeySet',
  },
  sudo_set_weights_set_rate_limit: {
    origin: 'root',
    arg: 'weights_set_rate_limit',
    item: S.WeightsSetRateLimit,
    event: 'WeightsSetRateLimitSet',
  },
  sudo_set_adjustment_interval: {
    origin: 'root',
    arg: 'adjustment_interval',
    item: S.AdjustmentInterval,
    event: 'AdjustmentIntervalSet',
  },
  sudo_set_adjustment_alpha: {
    origin: 'owner',
    arg: 'adjustment_alpha',
    item: S.AdjustmentAlpha,
    event: 'AdjustmentAlphaSet',
  },
  sudo_set_immunity_period: {
    origin: 'owner',
    arg: 'immunity_period',
    item: S.ImmunityPeriod,
    event: 'ImmunityPeriodSet',
  },
  sudo_set_min_allowed_weights: {
    origin: 'owner',
    arg: 'min_allowed_weights',
    item: S.MinAllowedWeights,
    event: 'MinAllowedWeightSet',
  },
  sudo_set_max_allowed_uids: {
    origin: 'owner',
    arg: 'max_allowed_uids',
    item: S.MaxAllowedUids,
    event: 'MaxAllowedUidsSet',
    check: (ctx, _o, netuid, v: number) => {
      adminEnsure(v >= S.MinAllowedUids.get(ctx.state, netuid), 'MaxAllowedUidsLessThanMinAllowedUids');
      adminEnsure(v >= S.SubnetworkN.get(ctx.state, netuid), 'MaxAllowedUIdsLessThanCurrentUIds');
      adminEnsure(v <= 256, 'MaxAllowedUidsGreaterThanDefaultMaxAllowedUids');
    },
  },
  sudo_set_min_allowed_uids: {
    origin: 'root',
    arg: 'min_allowed_uids',
    item: S.MinAllowedUids,
    event: 'MinAllowedUidsSet',
    check: (ctx, _o, netuid, v: number) =>
      adminEnsure(v <= S.MaxAllowedUids.get(ctx.state, netuid), 'MinAllowedUidsGreaterThanMaxAllowedUids'),
  },
  sudo_set_kappa: { origin: 'root', arg: 'kappa', item: S.Kappa, event: 'KappaSet' },
  sudo_set_rho: { origin: 'owner', arg: 'rho', item: S.Rho, event: 'RhoSet' },
  sudo_set_activity_cutoff: {
    origin: 'owner',
    arg: 'activity_cutoff',
    item: S.ActivityCutoff,
    event: 'ActivityCutoffSet',
    check: (ctx, _o, _n, v: number) =>
      stEnsure(v >= S.MinActivityCutoff.get(ctx.state), 'ActivityCutoffTooLow'),
  },
  sudo_set_network_registration_allowed: {
    origin: 'root',
    arg: 'registration_allowed',
    item: S.NetworkRegistrationAllowed,
    event: 'RegistrationAllowed',
  },
  sudo_set_target_registrations_per_interval: {
    origin: 'root',
    arg: 'target_registrations_per_interval',
    item: S.TargetRegistrationsPerInterval,
    event: 'RegistrationPerIntervalSet',
  },
  sudo_set_min_burn: {
    origin: 'owner',
    arg: 'min_burn',
    item: S.MinBurn,
    event: 'MinBurnSet',
    check: (ctx, _o, netuid, v: bigint) =>
      adminEnsure(v < TAO && v < S.MaxBurn.get(ctx.state, netuid), 'ValueNotInBounds'),
  },
  sudo_set_max_burn: {
    origin: 'owner',
    arg: 'max_burn',
    item: S.MaxBurn,
    event: 'MaxBurnSet',
    check: (ctx, _o, netuid, v: bigint) =>
      adminEnsure(v > TAO / 10n && v > S.MinBurn.get(ctx.state, netuid), 'ValueNotInBounds'),
  },
  sudo_set_difficulty: { origin: 'root', arg: 'difficulty', item: S.Difficulty, event: 'DifficultySet' },
  sudo_set_max_allowed_validators: {
    origin: 'root',
    arg: 'max_allowed_validators',
    item: S.MaxAllowedValidators,
    event: 'MaxAllowedValidatorsSet',
    check: (ctx, _o, netuid, v: number) =>
      adminEnsure(v <= S.MaxAllowedUids.get(ctx.state, netuid), 'MaxValidatorsLargerThanMaxUIds'),
  },
  sudo_set_bonds_moving_average: {
    origin: 'owner',
    arg: 'bonds_moving_average',
    item: S.BondsMovingAverage,
    event: 'BondsMovingAverageSet',
    check: (_ctx, o, _n, v: bigint) => {
      if (o.type !== 'Root') adminEnsure(v <= 975_000n, 'BondsMovingAverageMaxReached');
    },
  },
  sudo_set_max_registrations_per_block: {
    origin: 'root',
    arg: 'max_registrations_per_block',
    item: S.MaxRegistrationsPerBlock,
    event: 'MaxRegistrationsPerBlockSet',
  },
  sudo_set_tempo: {
    origin: 'root',
    arg: 'tempo',
    item: S.Tempo,
    event: 'TempoSet',
    after: (ctx, netuid) => S.LastEpochBlock.set(ctx.state, netuid, BigInt(ctx.blockNumber)),
  },
  sudo_set_commit_reveal_weights_enabled: {
    origin: 'owner',
    arg: 'enabled',
    item: S.CommitRevealWeightsEnabled,
    event: 'CommitRevealEnabled',
  },
  sudo_set_liquid_alpha_enabled: { origin: 'owner', arg: 'enabled', item: S.LiquidAlphaOn },
  sudo_set_commit_reveal_weights_interval: {
    origin: 'owner',
    arg: 'interval',
    item: S.RevealPeriodEpochs,
    event: 'CommitRevealPeriodsSet',
    check: (_c, _o, _n, v: bigint) => {
      stEnsure(v <= 100n, 'RevealPeriodTooLarge');
      stEnsure(v >= 1n, 'RevealPeriodTooSmall');
    },
  },
  sudo_set_bonds_penalty: {
    origin: 'owner',
    arg: 'bonds_penalty',
    item: S.BondsPenalty,
    event: 'BondsPenaltySet',
  },
  sudo_set_toggle_transfer: {
    origin: 'owner',
    arg: 'toggle',
    item: S.TransferToggle,
    event: 'TransferToggle',
  },
  sudo_set_subtoken_enabled: { origin: 'root', arg: 'subtoken_enabled', item: S.SubtokenEnabled },
  sudo_set_alpha_sigmoid_steepness: {
    origin: 'owner',
    arg: 'steepness',
    item: S.AlphaSigmoidSteepness,
    event: 'AlphaSigmoidSteepnessSet',
    check: (_c, o, _n, v: number) => {
      if (o.type !== 'Root') adminEnsure(v >= 0, 'NegativeSigmoidSteepness');
    },
  },
  sudo_set_yuma3_enabled: { origin: 'owner', arg: 'enabled', item: S.Yuma3On },
  sudo_set_bonds_reset_enabled: {
    origin: 'owner',
    arg: 'enabled',
    item: S.BondsResetOn,
    event: 'BondsResetOnSet',
  },
  sudo_set_min_non_immune_uids: {
    origin: 'root',
    arg: 'min',
    item: S.MinNonImmuneUids,
    event: 'MinNonImmuneUidsSet',
  },
  sudo_set_burn_half_life: {
    origin: 'owner',
    arg: 'burn_half_life',
    item: S.BurnHalfLife,
    check: (_c, _o, _n, v: number) => adminEnsure(v >= 1 && v <= 36_100, 'ValueNotInBounds'),
  },
  sudo_set_burn_increase_mult: {
    origin: 'owner',
    arg: 'burn_increase_mult',
    item: S.BurnIncreaseMult,
    check: (_c, _o, _n, v: { bits: bigint }) =>
      adminEnsure(v.bits >= 1n << 64n && v.bits <= 3n << 64n, 'ValueNotInBounds'),
  },
};

/** One global (chain-wide) root setter. */
export interface GlobalSetter {
  readonly arg: string;
  // biome-ignore lint/suspicious/noExplicitAny: any plain value item.
  readonly item: StorageItem<[], any>;
  readonly event?: string;
}

/** Global root setters by call name. */
export const globalSetters: Record<string, GlobalSetter> = {
  sudo_set_tx_rate_limit: { arg: 'tx_rate_limit', item: S.TxRateLimit, event: 'TxRateLimitSet' },
  sudo_set_subnet_owner_cut: { arg: 'subnet_owner_cut', item: S.SubnetOwnerCut, event: 'SubnetOwnerCutSet' },
  sudo_set_network_rate_limit: { arg: 'rate_limit', item: S.NetworkRateLimit, event: 'NetworkRateLimitSet' },
  sudo_set_network_immunity_period: {
    arg: 'immunity_period',
    item: S.NetworkImmunityPeriod,
    event: 'NetworkImmunityPeriodSet',
  },
  sudo_set_network_min_lock_cost: {
    arg: 'lock_cost',
    item: S.NetworkMinLockCost,
    event: 'NetworkMinLockCostSet',
  },
  sudo_set_subnet_limit: { arg: 'max_subnets', item: S.SubnetLimit, event: 'SubnetLimitSet' },
  sudo_set_lock_reduction_interval: {
    arg: 'interval',
    item: S.NetworkLockReductionInterval,
    event: 'NetworkLockCostReductionIntervalSet',
  },
  sudo_set_stake_threshold: { arg: 'min_stake', item: S.StakeThreshold, event: 'StakeThresholdSet' },
  sudo_set_min_delegate_take: { arg: 'take', item: S.MinDelegateTake, event: 'MinDelegateTakeSet' },
  sudo_set_commit_reveal_version: {
    arg: 'version',
    item: S.CommitRevealWeightsVersion,
    event: 'CommitRevealVersionSet',
  },
  sudo_set_admin_freeze_window: { arg: 'window', item: S.AdminFreezeWindow, event: 'AdminFreezeWindowSet' },
  sudo_set_owner_hparam_rate_limit: {
    arg: 'epochs',
    item: S.OwnerHyperparamRateLimit,
    event: 'OwnerHyperparamRateLimitSet',
  },
  sudo_set_start_call_delay: { arg: 'delay', item: S.StartCallDelay, event: 'StartCallDelaySet' },
  sudo_set_max_epochs_per_block: {
    arg: 'max_epochs_per_block',
    item: S.MaxEpochsPerBlock,
    event: 'MaxEpochsPerBlockSet',
  },
};

/**
 * Runs a per-subnet setter: origin, subnet existence, bounds, write, event.
 *
 * @example
 * applySubnetSetter(ctx, origin, subnetSetters.sudo_set_kappa, { netuid: 1, kappa: 100 });
 */
export function applySubnetSetter(
  ctx: DispatchContext,
  origin: Origin,
  s: SubnetSetter,
  args: Record<string, unknown>,
): void {
  const netuid = args.netuid as number;
  if (s.origin === 'root') ensureRoot(origin);
  else ensureOwnerOrRoot(ctx, origin, netuid);
  if (!subnetExists(ctx.state, netuid)) adminFail('SubnetDoesNotExist');
  const value = args[s.arg];
  s.check?.(ctx, origin, netuid, value as never);
  s.item.set(ctx.state, netuid, value);
  s.after?.(ctx, netuid, value as never);
  if (s.event !== undefined) ctx.deposit('SubtensorModule', s.event, [netuid, value]);
}

/** Runs a global root setter. @example applyGlobalSetter(ctx, origin, globalSetters.sudo_set_stake_threshold, { min_stake: 0n }); */
export function applyGlobalSetter(
  ctx: DispatchContext,
  origin: Origin,
  s: GlobalSetter,
  args: Record<string, unknown>,
): void {
  ensureRoot(origin);
  const value = args[s.arg];
  s.item.set(ctx.state, value);
  if (s.event !== undefined) ctx.deposit('SubtensorModule', s.event, value);
}
