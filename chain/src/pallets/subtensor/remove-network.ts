/**
 * `remove_network` (`coinbase/root.rs`) with the storage parts of `destroy_alpha_in_out_stakes`, `destroy_lock_maps`,
 * the swap pallet's `clear_protocol_liquidity` and the Commitments pallet's `purge_netuid`: every per-subnet entry
 * subtensor deletes when a subnet goes. `KEPT_ON_REMOVAL` names the per-subnet items subtensor leaves behind.
 */
import { u8aToHex } from '@polkadot/util';
import { decodeFrom, encode, ScaleReader } from '../../frame/scale/codec.js';
import type { StateOverlay } from '../../frame/state.js';
import type { StorageItemDecl } from '../../frame/storage-item.js';
import { hashKeyPart, storagePrefix } from '../../storage/index.js';
import {
  CommitmentOf,
  LastBondsReset,
  LastCommitment,
  RevealedCommitments,
  UsedSpaceOf,
} from '../commitments/storage.js';
import { unmarkSubnet } from '../commitments/timelocked-index.js';
import { FeeRate } from '../swap/storage.js';
import { mapKeySuffixes, u16At } from './map-keys.js';
import * as S from './storage.js';

/** Per-subnet items keyed by the netuid alone or first: removed by prefix. */
const NETUID_FIRST: readonly StorageItemDecl[] = [
  // subnet bookkeeping
  S.NetworksAdded,
  S.SubnetworkN,
  S.SubnetOwner,
  S.SubnetOwnerHotkey,
  S.SubnetMechanism,
  S.NetworkRegisteredAt,
  S.TokenSymbol,
  S.NetworkRegistrationAllowed,
  S.NetworkPowRegistrationAllowed,
  S.FirstEmissionBlockNumber,
  S.SubtokenEnabled,
  // pool and accounting
  S.SubnetTAO,
  S.SubnetAlphaIn,
  S.SubnetAlphaOut,
  S.SubnetTaoInEmission,
  S.SubnetAlphaInEmission,
  S.SubnetAlphaOutEmission,
  S.SubnetVolume,
  S.SubnetEmaTaoFlow,
  S.SubnetMovingPrice,
  S.SubnetRootSellTao,
  S.SubnetTaoFlow,
  S.SubnetProtocolFlow,
  S.SubnetExcessTao,
  S.SubnetProtocolAlpha,
  S.EMAPriceHalvingBlocks,
  S.MinerBurned,
  S.SubnetLocked,
  S.RAORecycledForRegistration,
  S.PendingServerEmission,
  S.PendingValidatorEmission,
  S.PendingRootAlphaDivs,
  S.PendingOwnerCut,
  S.OwnerLock,
  S.DecayingOwnerLock,
  // scheduler
  S.LastEpochBlock,
  S.PendingEpochAt,
  S.SubnetEpochIndex,
  S.BlocksSinceLastStep,
  S.LastMechansimStepBlock,
  S.LastAdjustmentBlock,
  // hyperparameters
  S.Tempo,
  S.Kappa,
  S.Rho,
  S.ImmunityPeriod,
  S.ActivityCutoff,
  S.ActivityCutoffFactorMilli,
  S.WeightsVersionKey,
  S.MinAllowedWeights,
  S.MaxAllowedValidators,
  S.MaxAllowedUids,
  S.BondsMovingAverage,
  S.BondsPenalty,
  S.BondsResetOn,
  S.WeightsSetRateLimit,
  S.TargetRegistrationsPerInterval,
  S.MaxRegistrationsPerBlock,
  S.CommitRevealWeightsEnabled,
  S.RevealPeriodEpochs,
  S.MechanismCountCurrent,
  S.MechanismEmissionSplit,
  S.Burn,
  S.MinBurn,
  S.MaxBurn,
  S.BurnHalfLife,
  S.BurnIncreaseMult,
  S.Difficulty,
  S.MinDifficulty,
  S.MaxDifficulty,
  S.ServingRateLimit,
  S.LiquidAlphaOn,
  S.Yuma3On,
  S.AlphaValues,
  S.AlphaSigmoidSteepness,
  S.TransferToggle,
  S.RegistrationsThisInterval,
  S.BurnRegistrationsThisInterval,
  S.RegistrationsThisBlock,
  // neurons and epoch outputs
  S.Keys,
  S.Uids,
  S.BlockAtRegistration,
  S.Axons,
  S.Prometheus,
  S.NeuronCertificates,
  S.Active,
  S.Emission,
  S.Consensus,
  S.Incentive,
  S.Dividends,
  S.LastUpdate,
  S.ValidatorTrust,
  S.ValidatorPermit,
  S.StakeWeight,
  S.Weights,
  S.Bonds,
  S.WeightCommits,
  S.TimelockedWeightCommits,
  S.AlphaDividendsPerSubnet,
  S.PendingChildKeys,
  S.HotkeyLock,
  S.DecayingHotkeyLock,
  S.LastHotkeySwapOnNetuid,
  // the swap pallet's and the Commitments pallet's per-subnet state
  FeeRate,
  CommitmentOf,
  LastCommitment,
  LastBondsReset,
  RevealedCommitments,
  UsedSpaceOf,
];

/** Per-subnet items where the netuid is a later key: `[item, position of the netuid among its keys]`. */
const NETUID_LATER: readonly [StorageItemDecl, number][] = [
  [S.IsNetworkMember, 1],
  [S.TotalHotkeyAlpha, 1],
  [S.TotalHotkeyShares, 1],
  [S.TotalHotkeySharesV2, 1],
  [S.ChildKeys, 1],
  [S.ParentKeys, 1],
  [S.ChildkeyTake, 1],
  [S.TransactionKeyLastBlock, 1],
  [S.Alpha, 2],
  [S.AlphaV2, 2],
];

/**
 * The per-subnet items subtensor keeps when a subnet goes (they are not in `remove_network`); a subnet registered
 * later on the same netuid finds them as they were.
 */
export const KEPT_ON_REMOVAL: readonly StorageItemDecl[] = [
  S.MaxWeightsLimit,
  S.MinAllowedUids,
  S.MinNonImmuneUids,
  S.AdjustmentInterval,
  S.AdjustmentAlpha,
  S.MinChildkeyTakePerSubnet,
  S.SubnetEpochConsensus,
  S.LastRateLimitedBlock,
  S.RootClaimableThreshold,
  S.RootProp,
  S.SubnetEmissionEnabled,
  S.OwnerCutEnabled,
  S.RecycleOrBurn,
  S.RootAlphaDividendsPerSubnet,
];

/** The number of bytes a reversible hasher puts before the encoded key. */
function hashLength(hasher: string): number {
  if (hasher === 'Identity') return 0;
  if (hasher === 'Twox64Concat') return 8;
  if (hasher === 'Blake2_128Concat') return 16;
  throw new Error(`cannot read keys hashed with ${hasher}`);
}

/**
 * Removes every entry of `item` whose key number `position` is `netuid` (`clear_prefix` when it is the first key,
 * else subtensor's iterate-and-remove).
 *
 * @example
 * clearNetuidEntries(state, TotalHotkeyAlpha, 1, 3);
 */
export function clearNetuidEntries(
  state: StateOverlay,
  item: StorageItemDecl,
  position: number,
  netuid: number,
): void {
  const prefix = storagePrefix(item.pallet, item.name);
  if (position === 0) {
    const [hasher, type] = [item.hashers[0], item.keys[0]];
    if (hasher === undefined || type === undefined) throw new Error(`${item.name} is not a map`);
    const first = `${prefix}${u8aToHex(hashKeyPart(hasher, encode(type, netuid))).slice(2)}`;
    for (const suffix of mapKeySuffixes(state, item, netuid))
      state.set(`${first}${u8aToHex(suffix).slice(2)}`, null);
    return;
  }
  for (const suffix of mapKeySuffixes(state, item)) {
    const reader = new ScaleReader(suffix);
    let value: unknown;
    item.keys.slice(0, position + 1).forEach((type, i) => {
      reader.take(hashLength(item.hashers[i] ?? 'Identity'));
      value = decodeFrom(reader, type);
    });
    if (Number(value) === netuid) state.set(`${prefix}${u8aToHex(suffix).slice(2)}`, null);
  }
}

/** Root's weights toward the removed subnet become 0 (the entries stay), as `remove_network` does. */
function zeroRootWeightsTo(state: StateOverlay, netuid: number): void {
  for (const suffix of mapKeySuffixes(state, S.Weights, 0)) {
    const uid = u16At(suffix, 0);
    const row = S.Weights.get(state, 0, uid);
    if (row.some(([dest]) => dest === netuid))
      S.Weights.set(
        state,
        0,
        uid,
        row.map(([dest, w]): [number, number] => [dest, dest === netuid ? 0 : w]),
      );
  }
}

/**
 * Deletes a subnet's storage: every per-subnet item subtensor removes (those in `KEPT_ON_REMOVAL` stay), root's
 * weights toward it zeroed, `TotalNetworks` decremented. Stakes must have been settled first (`dissolveNetwork`).
 *
 * @example
 * removeNetwork(state, 3);
 */
export function removeNetwork(state: StateOverlay, netuid: number): void {
  for (const item of NETUID_FIRST) clearNetuidEntries(state, item, 0, netuid);
  for (const [item, position] of NETUID_LATER) clearNetuidEntries(state, item, position, netuid);
  unmarkSubnet(state, netuid);
  zeroRootWeightsTo(state, netuid);
  const total = S.TotalNetworks.get(state);
  S.TotalNetworks.set(state, total > 0 ? total - 1 : 0);
}
