import { readChain, type SubnetHyperparameters, type SubtensorClient } from '@subnetkit/sdk';

/**
 * A hyperparameter as btcli names it (`sudo set --param weights_rate_limit`), the SDK field that reads it and the
 * `AdminUtils` call that sets it (`(netuid, value)`), or `null` when btcli's `sudo set` cannot set it alone.
 *
 * @example
 * const entry = HYPERPARAMETERS.find((h) => h.name === 'tempo'); // { field: 'tempo', call: 'sudo_set_tempo' }
 */
export type HyperparameterName = {
  readonly name: string;
  readonly field: keyof SubnetHyperparameters;
  readonly call: string | null;
};

const entry = (
  name: string,
  field: keyof SubnetHyperparameters,
  call: string | null,
): HyperparameterName => ({
  name,
  field,
  call,
});

/** btcli's hyperparameter names (bittensor-cli `HYPERPARAMS`) in its order, for the fields subtensor reports. */
export const HYPERPARAMETERS: readonly HyperparameterName[] = [
  entry('rho', 'rho', 'sudo_set_rho'),
  entry('kappa', 'kappa', 'sudo_set_kappa'),
  entry('immunity_period', 'immunityPeriod', 'sudo_set_immunity_period'),
  entry('min_allowed_weights', 'minAllowedWeights', 'sudo_set_min_allowed_weights'),
  entry('max_weights_limit', 'maxWeightsLimit', null),
  entry('tempo', 'tempo', 'sudo_set_tempo'),
  entry('min_difficulty', 'minDifficulty', 'sudo_set_min_difficulty'),
  entry('max_difficulty', 'maxDifficulty', 'sudo_set_max_difficulty'),
  entry('weights_version', 'weightsVersion', 'sudo_set_weights_version_key'),
  entry('weights_rate_limit', 'weightsRateLimit', 'sudo_set_weights_set_rate_limit'),
  entry('adjustment_interval', 'adjustmentInterval', 'sudo_set_adjustment_interval'),
  entry('activity_cutoff', 'activityCutoff', 'sudo_set_activity_cutoff'),
  entry('target_regs_per_interval', 'targetRegsPerInterval', 'sudo_set_target_registrations_per_interval'),
  entry('min_burn', 'minBurn', 'sudo_set_min_burn'),
  entry('max_burn', 'maxBurn', 'sudo_set_max_burn'),
  entry('bonds_moving_avg', 'bondsMovingAvg', 'sudo_set_bonds_moving_average'),
  entry('max_regs_per_block', 'maxRegsPerBlock', 'sudo_set_max_registrations_per_block'),
  entry('serving_rate_limit', 'servingRateLimit', 'sudo_set_serving_rate_limit'),
  entry('max_validators', 'maxValidators', 'sudo_set_max_allowed_validators'),
  entry('adjustment_alpha', 'adjustmentAlpha', 'sudo_set_adjustment_alpha'),
  entry('difficulty', 'difficulty', 'sudo_set_difficulty'),
  entry('commit_reveal_period', 'commitRevealPeriod', 'sudo_set_commit_reveal_weights_interval'),
  entry(
    'commit_reveal_weights_enabled',
    'commitRevealWeightsEnabled',
    'sudo_set_commit_reveal_weights_enabled',
  ),
  entry('alpha_high', 'alphaHigh', null),
  entry('alpha_low', 'alphaLow', null),
  entry('liquid_alpha_enabled', 'liquidAlphaEnabled', 'sudo_set_liquid_alpha_enabled'),
  entry('registration_allowed', 'registrationAllowed', 'sudo_set_network_registration_allowed'),
  entry('alpha_sigmoid_steepness', 'alphaSigmoidSteepness', 'sudo_set_alpha_sigmoid_steepness'),
  entry('yuma_version', 'yumaVersion', null),
  entry('subnet_is_active', 'subnetIsActive', null),
  entry('transfers_enabled', 'transfersEnabled', 'sudo_set_toggle_transfer'),
  entry('bonds_reset_enabled', 'bondsResetEnabled', 'sudo_set_bonds_reset_enabled'),
  entry('user_liquidity_enabled', 'userLiquidityEnabled', null),
];

/**
 * Hyperparameters keyed by btcli name, in btcli's order (what `subnets hyperparameters --json` prints).
 *
 * @example
 * byBtcliName(await getHyperparameters(client, { netuid: 1 })).weights_rate_limit; // 100n
 */
export function byBtcliName(values: SubnetHyperparameters): Record<string, number | bigint | boolean> {
  return Object.fromEntries(HYPERPARAMETERS.map((h) => [h.name, values[h.field]]));
}

/**
 * A chain-wide parameter that `sudo set` sets (as root: its call takes no netuid) and every subnet's listing shows,
 * because it decides what the subnet's owner may do (`admin_freeze_window`: the last blocks before each epoch in
 * which owner calls are refused).
 *
 * @example
 * const window = await CHAIN_PARAMETERS[0].read(client); // 0 on a devnet, 10 on finney
 */
export type ChainParameterName = {
  readonly name: string;
  readonly call: string;
  read(client: SubtensorClient): Promise<number>;
};

/** The chain-wide parameters shown and set beside a subnet's hyperparameters. */
export const CHAIN_PARAMETERS: readonly ChainParameterName[] = [
  {
    name: 'admin_freeze_window',
    call: 'sudo_set_admin_freeze_window',
    read: (client) =>
      readChain(client, 'SubtensorModule.AdminFreezeWindow', async (api) =>
        Number((await api.query.subtensorModule.adminFreezeWindow()).toString()),
      ),
  },
];

/**
 * A name `sudo set` takes that the subnet's hyperparameter listing does not show (btcli's `sudo set` names beyond
 * `HYPERPARAMS`), with its `AdminUtils` call and the kind of value it takes: an integer or true/false, a pair
 * `low,high`, an SS58 address, or one of an enum's `variants`.
 *
 * @example
 * SET_ONLY_PARAMETERS.find((p) => p.name === 'alpha_values'); // { call: 'sudo_set_alpha_values', kind: 'pair' }
 */
export type SetOnlyParameter = {
  readonly name: string;
  readonly call: string;
  readonly kind: 'value' | 'pair' | 'address' | 'variant';
  /** The enum's variants, for `kind: 'variant'` (`recycle_or_burn`: `Burn`, `Recycle`). */
  readonly variants?: readonly string[];
};

/** The set-only names. */
export const SET_ONLY_PARAMETERS: readonly SetOnlyParameter[] = [
  { name: 'alpha_values', call: 'sudo_set_alpha_values', kind: 'pair' },
  { name: 'yuma3_enabled', call: 'sudo_set_yuma3_enabled', kind: 'value' },
  { name: 'max_allowed_uids', call: 'sudo_set_max_allowed_uids', kind: 'value' },
  { name: 'min_allowed_uids', call: 'sudo_set_min_allowed_uids', kind: 'value' },
  { name: 'burn_half_life', call: 'sudo_set_burn_half_life', kind: 'value' },
  { name: 'sn_owner_hotkey', call: 'sudo_set_sn_owner_hotkey', kind: 'address' },
  {
    name: 'recycle_or_burn',
    call: 'sudo_set_recycle_or_burn',
    kind: 'variant',
    variants: ['Burn', 'Recycle'],
  },
  { name: 'owner_cut_enabled', call: 'sudo_set_owner_cut_enabled', kind: 'value' },
  { name: 'subnet_emission_enabled', call: 'sudo_set_subnet_emission_enabled', kind: 'value' },
  {
    name: 'network_pow_registration_allowed',
    call: 'sudo_set_network_pow_registration_allowed',
    kind: 'value',
  },
];
