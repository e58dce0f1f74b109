/**
 * `SubtensorModule` calls: every signature of the reference table (`call-table.ts`), with handlers for
 * what the devnet implements. Declared but unimplemented calls fail with `CallDisabled`; the drand
 * timelocked commit-reveal calls (CR-v3/v4) fail with `CallDisabled` too, since the devnet has no drand
 * beacon (docs/chain.md).
 */
import { type CallHandlers, defineCalls } from '../../frame/define-calls.js';
import { type DispatchContext, ensureSigned } from '../../frame/define-pallet.js';
import { subtensorCallTable } from './call-table.js';
import { ensure, fail } from './errors.js';
import { deposit } from './events.js';
import { doRegister } from './registration.js';
import { registerRoot } from './root.js';
import { serveAxon, servePrometheus } from './serving.js';
import { addStake, removeStake } from './staking.js';
import {
  ActivityCutoffFactorMilli,
  Burn,
  LastEpochBlock,
  SubnetAlphaIn,
  SubnetTAO,
  Tempo,
} from './storage.js';
import { ensureOwnerOrRoot, registerNetwork, startCall, subnetExists } from './subnets.js';
import { commitWeights, revealWeights, setWeights } from './weights.js';

function priceRao(ctx: DispatchContext, netuid: number): bigint {
  if (netuid === 0) return 1_000_000_000n;
  const alphaIn = SubnetAlphaIn.get(ctx.state, netuid);
  return alphaIn === 0n ? 0n : (SubnetTAO.get(ctx.state, netuid) * 1_000_000_000n) / alphaIn;
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
    if (!a.allow_partial) ensure(priceRao(ctx, a.netuid) <= a.limit_price, 'SlippageTooHigh');
    addStake(ctx, ensureSigned(o), a.hotkey, a.netuid, a.amount_staked);
  },
  remove_stake_limit: (ctx, o, a) => {
    if (!a.allow_partial) ensure(priceRao(ctx, a.netuid) >= a.limit_price, 'SlippageTooHigh');
    removeStake(ctx, ensureSigned(o), a.hotkey, a.netuid, a.amount_unstaked);
  },
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
  root_register: (ctx, o, a) => registerRoot(ctx, ensureSigned(o), a.hotkey),
  start_call: (ctx, o, a) => startCall(ctx, ensureSigned(o), a.netuid),
  commit_weights: (ctx, o, a) => commitWeights(ctx, ensureSigned(o), a.netuid, a.commit_hash),
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
  set_activity_cutoff_factor: (ctx, o, { netuid, factor_milli }) => {
    ensureOwnerOrRoot(ctx, o, netuid);
    ensure(subnetExists(ctx.state, netuid), 'SubnetNotExists');
    ensure(factor_milli >= 1000 && factor_milli <= 50_000, 'ActivityCutoffFactorMilliOutOfBounds');
    ActivityCutoffFactorMilli.set(ctx.state, netuid, factor_milli);
    deposit(ctx, 'ActivityCutoffFactorMilliSet', { netuid, factor_milli });
  },
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
