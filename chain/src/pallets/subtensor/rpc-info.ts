/**
 * The read side clients use: `NeuronInfoRuntimeApi` and `SubnetInfoRuntimeApi` values built from storage
 * (subtensor `rpc_info/neuron_info.rs`, `subnet_info.rs`, `dynamic_info.rs`). Rank and trust are 0 and
 * pruning_score 65535, as on the current chain.
 */
import { optionValue } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { BlockNumber } from '../system/storage.js';
import { type HyperparamTag, hyperparamTags } from './rpc-types.js';
import { nextEpochStartBlock } from './scheduler.js';
import * as S from './storage.js';
import { nameForSubnet } from './subnet-symbols.js';
import { subnetExists } from './subnets.js';
import { EMPTY_AXON, EMPTY_PROMETHEUS } from './types.js';

/** `get_neuron_lite` (and, with `full`, `get_neuron`) as a codec value, or undefined. */
export function neuronInfo(
  state: StateReader,
  netuid: number,
  uid: number,
  full = false,
): Record<string, unknown> | undefined {
  if (!subnetExists(state, netuid) || uid >= S.SubnetworkN.get(state, netuid)) return undefined;
  return neuronInfoAt(state, netuid, uid, full);
}

/** `NeuronInfo(Lite)` of a registered uid. */
function neuronInfoAt(
  state: StateReader,
  netuid: number,
  uid: number,
  full: boolean,
): Record<string, unknown> {
  const hotkey = S.Keys.get(state, netuid, uid);
  const coldkey = S.Owner.get(state, hotkey);
  const at = <T>(v: T[], d: T): T => v[uid] ?? d;
  const base: Record<string, unknown> = {
    hotkey,
    coldkey,
    uid,
    netuid,
    active: at(S.Active.get(state, netuid), false),
    axon_info: S.Axons.get(state, netuid, hotkey) ?? EMPTY_AXON,
    prometheus_info: S.Prometheus.get(state, netuid, hotkey) ?? EMPTY_PROMETHEUS,
    stake: [[coldkey, S.TotalHotkeyAlpha.get(state, hotkey, netuid)]],
    rank: 0,
    emission: at(S.Emission.get(state, netuid), 0n),
    incentive: at(S.Incentive.get(state, netuid), 0),
    consensus: at(S.Consensus.get(state, netuid), 0),
    trust: 0,
    validator_trust: at(S.ValidatorTrust.get(state, netuid), 0),
    dividends: at(S.Dividends.get(state, netuid), 0),
    last_update: at(S.LastUpdate.get(state, netuid), 0n),
    validator_permit: at(S.ValidatorPermit.get(state, netuid), false),
  };
  if (full) {
    base.weights = S.Weights.get(state, netuid, uid).filter(([, w]) => w !== 0);
    base.bonds = S.Bonds.get(state, netuid, uid).filter(([, b]) => b !== 0);
  }
  base.pruning_score = 65_535;
  return base;
}

/** `get_neurons_lite` / `get_neurons`: every uid of the subnet ([] for an unknown subnet). */
export function neuronInfos(state: StateReader, netuid: number, full = false): Record<string, unknown>[] {
  if (!subnetExists(state, netuid)) return [];
  const n = S.SubnetworkN.get(state, netuid);
  return Array.from({ length: n }, (_, uid) => neuronInfoAt(state, netuid, uid, full));
}

/** `get_subnet_hyperparams_v2`, or undefined for an unknown subnet. */
export function hyperparamsV2(state: StateReader, netuid: number): Record<string, unknown> | undefined {
  return subnetExists(state, netuid) ? subnetHyperparams(state, netuid) : undefined;
}

/** `get_subnet_hyperparams_v3`: the V2 values as `{ name, value: { type: tag, value } }` records, or undefined. */
export function hyperparamsV3(
  state: StateReader,
  netuid: number,
): { name: string; value: { type: HyperparamTag; value: unknown } }[] | undefined {
  const values = hyperparamsV2(state, netuid);
  if (values === undefined) return undefined;
  return hyperparamTags.map(([name, tag]) => ({ name, value: { type: tag, value: values[name] } }));
}

/** The hyperparameters of an existing subnet, as `SubnetHyperparamsV2`. @example subnetHyperparams(state, 1).tempo */
export function subnetHyperparams(state: StateReader, netuid: number): Record<string, unknown> {
  const tempo = S.Tempo.get(state, netuid);
  const cutoff = (BigInt(S.ActivityCutoffFactorMilli.get(state, netuid)) * BigInt(tempo)) / 1000n;
  const [alphaLow, alphaHigh] = S.AlphaValues.get(state, netuid);
  return {
    rho: S.Rho.get(state, netuid),
    kappa: S.Kappa.get(state, netuid),
    immunity_period: S.ImmunityPeriod.get(state, netuid),
    min_allowed_weights: S.MinAllowedWeights.get(state, netuid),
    max_weights_limit: S.MaxWeightsLimit.get(state, netuid),
    tempo,
    min_difficulty: S.MinDifficulty.get(state, netuid),
    max_difficulty: S.MaxDifficulty.get(state, netuid),
    weights_version: S.WeightsVersionKey.get(state, netuid),
    weights_rate_limit: S.WeightsSetRateLimit.get(state, netuid),
    adjustment_interval: S.AdjustmentInterval.get(state, netuid),
    activity_cutoff: cutoff < 1n ? 1n : cutoff,
    registration_allowed: S.NetworkRegistrationAllowed.get(state, netuid),
    target_regs_per_interval: S.TargetRegistrationsPerInterval.get(state, netuid),
    min_burn: S.MinBurn.get(state, netuid),
    max_burn: S.MaxBurn.get(state, netuid),
    bonds_moving_avg: S.BondsMovingAverage.get(state, netuid),
    max_regs_per_block: S.MaxRegistrationsPerBlock.get(state, netuid),
    serving_rate_limit: S.ServingRateLimit.get(state, netuid),
    max_validators: S.MaxAllowedValidators.get(state, netuid),
    adjustment_alpha: S.AdjustmentAlpha.get(state, netuid),
    difficulty: S.Difficulty.get(state, netuid),
    commit_reveal_period: S.RevealPeriodEpochs.get(state, netuid),
    commit_reveal_weights_enabled: S.CommitRevealWeightsEnabled.get(state, netuid),
    alpha_high: alphaHigh,
    alpha_low: alphaLow,
    liquid_alpha_enabled: S.LiquidAlphaOn.get(state, netuid),
    alpha_sigmoid_steepness: { bits: BigInt(S.AlphaSigmoidSteepness.get(state, netuid)) << 32n },
    yuma_version: S.Yuma3On.get(state, netuid) ? 3 : 2,
    subnet_is_active: S.SubtokenEnabled.get(state, netuid),
    transfers_enabled: S.TransferToggle.get(state, netuid),
    bonds_reset_enabled: S.BondsResetOn.get(state, netuid),
    user_liquidity_enabled: false,
  };
}

/**
 * The step and pool fields `DynamicInfo` and `Metagraph` share: the last epoch, the TAO/alpha pool,
 * its per-block injections and the pending emission.
 *
 * @example
 * subnetStepAndPool(state, 1, 100n).alpha_in;
 */
export function subnetStepAndPool(
  state: StateReader,
  netuid: number,
  block: bigint,
): Record<string, unknown> {
  const lastStep = S.LastMechansimStepBlock.get(state, netuid);
  return {
    last_step: lastStep,
    blocks_since_last_step: block > lastStep ? block - lastStep : 0n,
    alpha_in: S.SubnetAlphaIn.get(state, netuid),
    alpha_out: S.SubnetAlphaOut.get(state, netuid),
    tao_in: S.SubnetTAO.get(state, netuid),
    alpha_out_emission: S.SubnetAlphaOutEmission.get(state, netuid),
    alpha_in_emission: S.SubnetAlphaInEmission.get(state, netuid),
    tao_in_emission: S.SubnetTaoInEmission.get(state, netuid),
    pending_alpha_emission:
      S.PendingValidatorEmission.get(state, netuid) + S.PendingServerEmission.get(state, netuid),
    pending_root_emission: 0n,
    subnet_volume: S.SubnetVolume.get(state, netuid),
  };
}

/** `get_dynamic_info`, or undefined. */
export function dynamicInfo(state: StateReader, netuid: number): Record<string, unknown> | undefined {
  if (!subnetExists(state, netuid)) return undefined;
  const block = BigInt(BlockNumber.get(state));
  return {
    netuid,
    owner_hotkey: S.SubnetOwnerHotkey.get(state, netuid),
    owner_coldkey: S.SubnetOwner.get(state, netuid),
    subnet_name: Array.from(nameForSubnet(state, netuid)),
    token_symbol: Array.from(S.TokenSymbol.get(state, netuid)),
    tempo: S.Tempo.get(state, netuid),
    ...subnetStepAndPool(state, netuid, block),
    emission: 0n,
    network_registered_at: S.NetworkRegisteredAt.get(state, netuid),
    subnet_identity: optionValue(S.SubnetIdentitiesV3.get(state, netuid)),
    moving_price: S.SubnetMovingPrice.get(state, netuid),
  };
}

/** `get_next_epoch_start_block`, or undefined. */
export function nextEpochStart(state: StateReader, netuid: number): bigint | undefined {
  return subnetExists(state, netuid) ? nextEpochStartBlock(state, netuid) : undefined;
}
