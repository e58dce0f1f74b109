/**
 * Subnet creation (`register_network`, `init_new_network`), `start_call`, lock cost and the
 * owner-or-root permission check used by AdminUtils.
 */

import {
  type DispatchContext,
  DispatchFailure,
  ensureSigned,
  type Origin,
} from '../../frame/define-pallet.js';
import type { StateReader } from '../../frame/state.js';
import { freeBalance } from '../balances/currency.js';
import { coldkeyOwnsHotkey, createAccountIfNonExistent, hotkeyExists, withdrawTao } from './accounts.js';
import { dissolveNetwork } from './dissolve-network.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { storeSubnetIdentity } from './identity.js';
import { mapKeySuffixes, u16At } from './map-keys.js';
import { networkToPrune } from './network-to-prune.js';
import { appendNeuron } from './neurons.js';
import type { SubnetIdentityValue } from './scale-types.js';
import {
  ActivityCutoff,
  AdminFreezeWindow,
  Burn,
  CommitRevealWeightsEnabled,
  FirstEmissionBlockNumber,
  ImmunityPeriod,
  Kappa,
  LastEpochBlock,
  LastRateLimitedBlock,
  MaxAllowedUids,
  MaxAllowedValidators,
  MinAllowedWeights,
  NetworkLastLockCost,
  NetworkLockReductionInterval,
  NetworkMinLockCost,
  NetworkRateLimit,
  NetworkRegisteredAt,
  NetworkRegistrationAllowed,
  NetworksAdded,
  StartCallDelay,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetLimit,
  SubnetLocked,
  SubnetMechanism,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetTAO,
  SubtokenEnabled,
  Tempo,
  TokenSymbol,
  TotalNetworks,
  TotalStake,
  Yuma3On,
} from './storage.js';
import { nextAvailableSymbol } from './subnet-symbols.js';

/** Whether a subnet exists (`if_subnet_exist`). @example subnetExists(state, 1) */
export function subnetExists(state: StateReader, netuid: number): boolean {
  return NetworksAdded.get(state, netuid);
}

/** Netuids of all subnets, ascending (a dissolved subnet leaves a gap). @example allNetuids(state) */
export function allNetuids(state: StateReader): number[] {
  return mapKeySuffixes(state, NetworksAdded)
    .map((suffix) => u16At(suffix, 0))
    .filter((n) => NetworksAdded.get(state, n))
    .sort((a, b) => a - b);
}

/** `RateLimitKey::NetworkLastRegistered`: where subtensor keeps the block of the last subnet registration. */
const NETWORK_LAST_REGISTERED = { type: 'NetworkLastRegistered' };

/**
 * The block of the last subnet registration (`get_network_last_lock_block`; 0 when none), kept apart from the
 * subnets so that dissolving one does not move it.
 */
function lastRegistrationBlock(state: StateReader): bigint {
  return LastRateLimitedBlock.get(state, NETWORK_LAST_REGISTERED);
}

/**
 * The lock cost of the next subnet: `max(min_lock, 2·last − last/interval·(now − last_block))`,
 * the first lock undoubled (`get_network_lock_cost`).
 *
 * @example
 * lockCost(state, 10n) // 1_000_000_000_000n on a fresh devnet
 */
export function lockCost(state: StateReader, block: bigint): bigint {
  const last = NetworkLastLockCost.get(state);
  const min = NetworkMinLockCost.get(state);
  const lastBlock = lastRegistrationBlock(state);
  if (lastBlock === 0n) return last > min ? last : min;
  const interval = NetworkLockReductionInterval.get(state);
  const reduction = interval === 0n ? 0n : (last / interval) * (block - lastBlock);
  const cost = 2n * last > reduction ? 2n * last - reduction : 0n;
  return cost > min ? cost : min;
}

/**
 * `register_network(hotkey)`: takes the lock, creates a subnet owned by the caller, makes the hotkey uid 0 and
 * applies `init_new_network` (tempo, stagger, 256 uids, 64 validators, immunity 5000, min weights 1, Yuma3 on,
 * burn 1 TAO); gives the subnet the next available token symbol (`get_next_available_symbol`) and, from
 * `register_network_with_identity`, its identity. At the subnet limit it first dissolves the subnet `networkToPrune`
 * picks (with the same refunds as `dissolve_network`, `NetworkRemoved`) and reuses its netuid; with every subnet
 * immune it fails with `SubnetLimitReached`. Checks in subtensor's order; nothing is pruned unless the lock is
 * affordable.
 *
 * @example
 * registerNetwork(ctx, coldkey, hotkey); // the netuid
 */
export function registerNetwork(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  identity?: SubnetIdentityValue,
): number {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(!hotkeyExists(ctx, hotkey) || coldkeyOwnsHotkey(ctx, coldkey, hotkey), 'NonAssociatedColdKey');
  const rateLimit = NetworkRateLimit.get(state);
  const last = lastRegistrationBlock(state);
  ensure(last === 0n || rateLimit === 0n || block - last >= rateLimit, 'NetworkTxRateLimitExceeded');
  const subnets = allNetuids(state).filter((n) => n !== 0).length;
  const pruned = subnets >= SubnetLimit.get(state) ? networkToPrune(state, block) : undefined;
  ensure(subnets < SubnetLimit.get(state) || pruned !== undefined, 'SubnetLimitReached');
  const cost = lockCost(state, block);
  ensure(freeBalance(ctx, coldkey) >= cost, 'CannotAffordLockCost');
  if (pruned !== undefined) dissolveNetwork(ctx, pruned);
  createAccountIfNonExistent(ctx, coldkey, hotkey);
  withdrawTao(ctx, coldkey, cost);
  let netuid = pruned ?? 1;
  while (NetworksAdded.get(state, netuid)) netuid++;
  NetworkLastLockCost.set(state, cost);
  LastRateLimitedBlock.set(state, NETWORK_LAST_REGISTERED, block);
  NetworksAdded.set(state, netuid, true);
  TotalNetworks.set(state, TotalNetworks.get(state) + 1);
  NetworkRegisteredAt.set(state, netuid, block);
  SubnetMechanism.set(state, netuid, 1);
  SubnetOwner.set(state, netuid, coldkey);
  SubnetOwnerHotkey.set(state, netuid, hotkey);
  const tempo = Tempo.get(state, netuid);
  Tempo.set(state, netuid, tempo);
  LastEpochBlock.set(state, netuid, block - BigInt(netuid % Math.max(tempo, 1)));
  Kappa.set(state, netuid, Kappa.get(state, netuid));
  ActivityCutoff.set(state, netuid, ActivityCutoff.get(state, netuid));
  MaxAllowedUids.set(state, netuid, 256);
  MaxAllowedValidators.set(state, netuid, 64);
  MinAllowedWeights.set(state, netuid, 1);
  ImmunityPeriod.set(state, netuid, 5000);
  Yuma3On.set(state, netuid, true);
  Burn.set(state, netuid, 1_000_000_000n);
  NetworkRegistrationAllowed.set(state, netuid, true);
  CommitRevealWeightsEnabled.set(state, netuid, true);
  TokenSymbol.set(state, netuid, nextAvailableSymbol(state, netuid));
  // The whole lock seeds the pool at price 1 (the median price of a fresh devnet).
  SubnetLocked.set(state, netuid, cost);
  SubnetTAO.set(state, netuid, cost);
  SubnetAlphaIn.set(state, netuid, cost);
  appendNeuron(state, netuid, hotkey, block);
  SubnetAlphaOut.set(state, netuid, 0n);
  TotalStake.set(state, TotalStake.get(state) + cost);
  if (identity !== undefined) storeSubnetIdentity(ctx, netuid, identity);
  deposit(ctx, 'NetworkAdded', [netuid, 1]);
  return netuid;
}

/**
 * `start_call(netuid)`: the owner enables emission after `StartCallDelay` blocks.
 *
 * @example
 * startCall(ctx, coldkey, 1);
 */
export function startCall(ctx: DispatchContext, coldkey: Uint8Array, netuid: number): void {
  const { state } = ctx;
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  ensureSubnetOwnerColdkey(state, coldkey, netuid);
  ensure(FirstEmissionBlockNumber.get(state, netuid) === undefined, 'FirstEmissionBlockNumberAlreadySet');
  const block = BigInt(ctx.blockNumber);
  ensure(
    block >= NetworkRegisteredAt.get(state, netuid) + StartCallDelay.get(state),
    'NeedWaitingMoreBlocksToStarCall',
  );
  const first = block + 1n;
  FirstEmissionBlockNumber.set(state, netuid, first);
  SubtokenEnabled.set(state, netuid, true);
  deposit(ctx, 'FirstEmissionBlockNumberSet', [netuid, first]);
}

/** Fails with `BadOrigin` unless `coldkey` owns the subnet. */
export function ensureSubnetOwnerColdkey(state: StateReader, coldkey: Uint8Array, netuid: number): void {
  if (!Buffer.from(SubnetOwner.get(state, netuid)).equals(Buffer.from(coldkey)))
    throw new DispatchFailure({ other: { type: 'BadOrigin' } });
}

/**
 * `ensure_sn_owner_or_root_with_limits`: root, or the subnet owner coldkey outside the admin freeze
 * window (the last `AdminFreezeWindow` blocks before the next epoch). The per-hyperparameter owner
 * rate limit is not modelled (docs/chain.md).
 *
 * @example
 * ensureOwnerOrRoot(ctx, origin, netuid);
 */
export function ensureOwnerOrRoot(ctx: DispatchContext, origin: Origin, netuid: number): void {
  if (origin.type === 'Root') return;
  const who = ensureSigned(origin);
  ensureSubnetOwnerColdkey(ctx.state, who, netuid);
  const tempo = BigInt(Tempo.get(ctx.state, netuid));
  const next = LastEpochBlock.get(ctx.state, netuid) + tempo;
  const remaining = next - BigInt(ctx.blockNumber);
  ensure(
    tempo === 0n || remaining >= BigInt(AdminFreezeWindow.get(ctx.state)),
    'AdminActionProhibitedDuringWeightsWindow',
  );
}
