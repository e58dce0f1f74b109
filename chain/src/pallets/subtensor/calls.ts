/**
 * `SubtensorModule` calls: every signature of the reference table (`call-table.ts`), with handlers for
 * what the devnet implements. Declared but unimplemented calls fail with `CallDisabled` (docs/chain.md); of
 * the drand timelocked commits, CR-v4's `commit_timelocked_(mechanism_)weights` are implemented, the retired
 * CR-v3 `commit_crv3_mechanism_weights` is not.
 */
import { type CallHandlers, defineCalls } from '../../frame/define-calls.js';
import { type DispatchContext, ensureRoot, ensureSigned } from '../../frame/define-pallet.js';
import { subtensorCallTable } from './call-table.js';
import { scheduleChildren, setChildkeyTake } from './children.js';
import { dissolveNetwork } from './dissolve-network.js';
import { ensure, fail } from './errors.js';
import { deposit } from './events.js';
import { setIdentity, setSubnetIdentity, updateSymbol } from './identity.js';
import { keySwapHandlers } from './key-swap-calls.js';
import { transitionStake } from './move-stake.js';
import { doRegister } from './registration.js';
import { registerRoot } from './root.js';
import { claimRoot, setRootClaimType } from './root-claim.js';
import { setNumRootClaims, setRootClaimThreshold } from './root-claim-params.js';
import { netuidSet } from './root-claim-type.js';
import { serveAxon, servePrometheus } from './serving.js';
import { addStake, addStakeLimit, removeStake, removeStakeFullLimit, removeStakeLimit } from './staking.js';
import {
  ActivityCutoffFactorMilli,
  Burn,
  LastEpochBlock,
  MaxChildkeyTake,
  MinChildkeyTake,
  PendingChildKeyCooldown,
  Tempo,
  TxChildkeyTakeRateLimit,
} from './storage.js';
import {
  ensureOwnerOrRoot,
  ensureSubnetOwnerColdkey,
  registerNetwork,
  startCall,
  subnetExists,
} from './subnets.js';
import { decreaseTake, increaseTake } from './take.js';
import { commitTimelockedWeights } from './timelocked-weights.js';
import { unstakeAll, unstakeAllAlpha } from './unstake-all.js';
import { commitWeights, revealWeights, setWeights } from './weights.js';

/** `swap_stake` / `swap_stake_limit`: the same hotkey and coldkey, another subnet; emits `StakeSwapped`. */
function swapStake(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  a: { hotkey: Uint8Array; origin_netuid: number; destination_netuid: number; alpha_amount: bigint },
  limit: { price: bigint; allowPartial: boolean } | undefined,
): void {
  const t = {
    originColdkey: coldkey,
    destinationColdkey: coldkey,
    originHotkey: a.hotkey,
    destinationHotkey: a.hotkey,
    originNetuid: a.origin_netuid,
    destinationNetuid: a.destination_netuid,
    checkTransferToggle: false,
    ...(limit === undefined ? {} : { limit }),
  };
  const tao = transitionStake(ctx, t, a.alpha_amount);
  deposit(ctx, 'StakeSwapped', [coldkey, a.hotkey, a.origin_netuid, a.destination_netuid, tao]);
}

/** The devnet runs one mechanism per subnet (mechanism 0); the `*_mechanism_*` calls accept only it. */
function mainMechanism(mecid: number): void {
  ensure(mecid === 0, 'MechanismDoesNotExist');
}

const handlers: CallHandlers<typeof subtensorCallTable> = {
  set_weights: (ctx, o, a) => setWeights(ctx, ensureSigned(o), a.netuid, a.dests, a.weights, a.version_key),
  set_mechanism_weights: (ctx, o, a) => {
    mainMechanism(a.mecid);
    setWeights(ctx, ensureSigned(o), a.netuid, a.dests, a.weights, a.version_key);
  },
  commit_mechanism_weights: (ctx, o, a) => {
    mainMechanism(a.mecid);
    commitWeights(ctx, ensureSigned(o), a.netuid, a.commit_hash);
  },
  reveal_mechanism_weights: (ctx, o, a) => {
    mainMechanism(a.mecid);
    revealWeights(ctx, ensureSigned(o), a.netuid, a.uids, a.values, a.salt, a.version_key);
  },
  add_stake: (ctx, o, a) => {
    addStake(ctx, ensureSigned(o), a.hotkey, a.netuid, a.amount_staked);
  },
  remove_stake: (ctx, o, a) => {
    removeStake(ctx, ensureSigned(o), a.hotkey, a.netuid, a.amount_unstaked);
  },
  add_stake_limit: (ctx, o, a) => {
    addStakeLimit(ctx, ensureSigned(o), a.hotkey, a.netuid, a.amount_staked, a.limit_price, a.allow_partial);
  },
  remove_stake_limit: (ctx, o, a) => {
    removeStakeLimit(
      ctx,
      ensureSigned(o),
      a.hotkey,
      a.netuid,
      a.amount_unstaked,
      a.limit_price,
      a.allow_partial,
    );
  },
  remove_stake_full_limit: (ctx, o, a) => {
    const limit = a.limit_price.type === 'Some' ? a.limit_price.value : undefined;
    removeStakeFullLimit(ctx, ensureSigned(o), a.hotkey, a.netuid, limit);
  },
  unstake_all: (ctx, o, a) => {
    unstakeAll(ctx, ensureSigned(o), a.hotkey, { keepRoot: false });
  },
  unstake_all_alpha: (ctx, o, a) => unstakeAllAlpha(ctx, ensureSigned(o), a.hotkey),
  move_stake: (ctx, o, a) => {
    const coldkey = ensureSigned(o);
    const t = {
      originColdkey: coldkey,
      destinationColdkey: coldkey,
      originHotkey: a.origin_hotkey,
      destinationHotkey: a.destination_hotkey,
      originNetuid: a.origin_netuid,
      destinationNetuid: a.destination_netuid,
      checkTransferToggle: false,
    };
    const tao = transitionStake(ctx, t, a.alpha_amount);
    deposit(ctx, 'StakeMoved', [
      coldkey,
      a.origin_hotkey,
      a.origin_netuid,
      a.destination_hotkey,
      a.destination_netuid,
      tao,
    ]);
  },
  transfer_stake: (ctx, o, a) => {
    const coldkey = ensureSigned(o);
    const t = {
      originColdkey: coldkey,
      destinationColdkey: a.destination_coldkey,
      originHotkey: a.hotkey,
      destinationHotkey: a.hotkey,
      originNetuid: a.origin_netuid,
      destinationNetuid: a.destination_netuid,
      checkTransferToggle: true,
    };
    const tao = transitionStake(ctx, t, a.alpha_amount);
    deposit(ctx, 'StakeTransferred', [
      coldkey,
      a.destination_coldkey,
      a.hotkey,
      a.origin_netuid,
      a.destination_netuid,
      tao,
    ]);
  },
  set_children: (ctx, o, a) => scheduleChildren(ctx, ensureSigned(o), a.hotkey, a.netuid, a.children),
  set_childkey_take: (ctx, o, a) => setChildkeyTake(ctx, ensureSigned(o), a.hotkey, a.netuid, a.take),
  increase_take: (ctx, o, a) => increaseTake(ctx, ensureSigned(o), a.hotkey, a.take),
  decrease_take: (ctx, o, a) => decreaseTake(ctx, ensureSigned(o), a.hotkey, a.take),
  set_pending_childkey_cooldown: (ctx, o, a) => {
    ensureRoot(o);
    PendingChildKeyCooldown.set(ctx.state, a.cooldown);
  },
  sudo_set_tx_childkey_take_rate_limit: (ctx, o, a) => {
    ensureRoot(o);
    TxChildkeyTakeRateLimit.set(ctx.state, a.tx_rate_limit);
    deposit(ctx, 'TxChildKeyTakeRateLimitSet', a.tx_rate_limit);
  },
  sudo_set_min_childkey_take: (ctx, o, a) => {
    ensureRoot(o);
    MinChildkeyTake.set(ctx.state, a.take);
    deposit(ctx, 'MinChildKeyTakeSet', a.take);
  },
  sudo_set_max_childkey_take: (ctx, o, a) => {
    ensureRoot(o);
    MaxChildkeyTake.set(ctx.state, a.take);
    deposit(ctx, 'MaxChildKeyTakeSet', a.take);
  },
  swap_stake: (ctx, o, a) => swapStake(ctx, ensureSigned(o), a, undefined),
  swap_stake_limit: (ctx, o, a) =>
    swapStake(ctx, ensureSigned(o), a, { price: a.limit_price, allowPartial: a.allow_partial }),
  serve_axon: (ctx, o, a) => serveAxon(ctx, ensureSigned(o), a),
  serve_axon_tls: (ctx, o, a) => serveAxon(ctx, ensureSigned(o), a, a.certificate),
  serve_prometheus: (ctx, o, a) => servePrometheus(ctx, ensureSigned(o), a),
  register: (ctx, o, a) => {
    doRegister(ctx, ensureSigned(o), a.netuid, a.hotkey);
  },
  burned_register: (ctx, o, a) => {
    doRegister(ctx, ensureSigned(o), a.netuid, a.hotkey);
  },
  register_limit: (ctx, o, { netuid, hotkey, limit_price }) => {
    ensure(netuid !== 0, 'RegistrationNotPermittedOnRootSubnet');
    ensure(subnetExists(ctx.state, netuid), 'SubnetNotExists');
    ensure(Burn.get(ctx.state, netuid) <= limit_price, 'RegistrationPriceLimitExceeded');
    doRegister(ctx, ensureSigned(o), netuid, hotkey);
  },
  register_network: (ctx, o, a) => {
    registerNetwork(ctx, ensureSigned(o), a.hotkey);
  },
  root_register: (ctx, o, a) => {
    registerRoot(ctx, ensureSigned(o), a.hotkey);
  },
  dissolve_network: (ctx, o, a) => {
    ensureRoot(o);
    dissolveNetwork(ctx, a.netuid);
  },
  root_dissolve_network: (ctx, o, a) => {
    ensureRoot(o);
    dissolveNetwork(ctx, a.netuid);
  },
  register_network_with_identity: (ctx, o, a) => {
    const identity = a.identity.type === 'Some' ? a.identity.value : undefined;
    registerNetwork(ctx, ensureSigned(o), a.hotkey, identity);
  },
  set_identity: (ctx, o, a) => setIdentity(ctx, ensureSigned(o), a),
  set_subnet_identity: (ctx, o, { netuid, ...identity }) =>
    setSubnetIdentity(ctx, ensureSigned(o), netuid, identity),
  update_symbol: (ctx, o, a) => updateSymbol(ctx, o, a.netuid, a.symbol),
  start_call: (ctx, o, a) => startCall(ctx, ensureSigned(o), a.netuid),
  commit_weights: (ctx, o, a) => commitWeights(ctx, ensureSigned(o), a.netuid, a.commit_hash),
  commit_timelocked_weights: (ctx, o, a) =>
    commitTimelockedWeights(ctx, ensureSigned(o), {
      netuid: a.netuid,
      mecid: 0,
      commit: a.commit,
      revealRound: a.reveal_round,
      version: a.commit_reveal_version,
    }),
  commit_timelocked_mechanism_weights: (ctx, o, a) =>
    commitTimelockedWeights(ctx, ensureSigned(o), {
      netuid: a.netuid,
      mecid: a.mecid,
      commit: a.commit,
      revealRound: a.reveal_round,
      version: a.commit_reveal_version,
    }),
  reveal_weights: (ctx, o, a) =>
    revealWeights(ctx, ensureSigned(o), a.netuid, a.uids, a.values, a.salt, a.version_key),
  set_tempo: (ctx, o, { netuid, tempo }) => {
    ensureOwnerOrRoot(ctx, o, netuid);
    ensure(subnetExists(ctx.state, netuid), 'SubnetNotExists');
    ensure(tempo >= 360 && tempo <= 50_400, 'TempoOutOfBounds');
    Tempo.set(ctx.state, netuid, tempo);
    LastEpochBlock.set(ctx.state, netuid, BigInt(ctx.blockNumber));
    deposit(ctx, 'TempoSet', [netuid, tempo]);
  },
  claim_root: (ctx, o, a) => claimRoot(ctx, ensureSigned(o), netuidSet(a.subnets)),
  set_root_claim_type: (ctx, o, a) => setRootClaimType(ctx, ensureSigned(o), a.new_root_claim_type),
  sudo_set_num_root_claims: (ctx, o, a) => {
    ensureRoot(o);
    setNumRootClaims(ctx.state, a.new_value);
  },
  sudo_set_root_claim_threshold: (ctx, o, a) => {
    if (o.type !== 'Root') ensureSubnetOwnerColdkey(ctx.state, ensureSigned(o), a.netuid);
    setRootClaimThreshold(ctx.state, a.netuid, a.new_value);
  },
  set_activity_cutoff_factor: (ctx, o, { netuid, factor_milli }) => {
    ensureOwnerOrRoot(ctx, o, netuid);
    ensure(subnetExists(ctx.state, netuid), 'SubnetNotExists');
    ensure(factor_milli >= 1000 && factor_milli <= 50_000, 'ActivityCutoffFactorMilliOutOfBounds');
    ActivityCutoffFactorMilli.set(ctx.state, netuid, factor_milli);
    deposit(ctx, 'ActivityCutoffFactorMilliSet', { netuid, factor_milli });
  },
  ...keySwapHandlers,
};

/**
 * `pallet_subtensor::Call`, as declared for metadata and dispatch: calls without a handler are in
 * metadata and fail with `CallDisabled`.
 */
export const subtensorCalls = defineCalls(subtensorCallTable, handlers, {
  weight: 100_000_000n,
  unimplemented: {
    dispatch: () => fail('CallDisabled'),
    docs: [' Not implemented by the devnet: fails with `CallDisabled`.'],
  },
});
