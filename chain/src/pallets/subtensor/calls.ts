/**
 * `SubtensorModule` calls: every signature of the reference table (`call-table.ts`), with handlers for
 * what the devnet implements. Declared but unimplemented calls fail with `CallDisabled`; the drand
 * timelocked commit-reveal calls (CR-v3/v4) fail with `CallDisabled` too, since the devnet has no drand
 * beacon (docs/chain.md).
 */
import { type CallDecl, type DispatchContext, ensureSigned, type Origin } from '../../frame/define-pallet.js';
import { subtensorCallTable } from './call-table.js';
import { ensure, fail } from './errors.js';
import { doRegister } from './registration.js';
import { registerRoot } from './root.js';
import { type ServeAxonArgs, serveAxon, servePrometheus } from './serving.js';
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

type Handler = (ctx: DispatchContext, origin: Origin, a: Record<string, unknown>) => void;

const n = (v: unknown) => v as number;
const b = (v: unknown) => v as bigint;
const acc = (v: unknown) => v as Uint8Array;

function priceRao(ctx: DispatchContext, netuid: number): bigint {
  if (netuid === 0) return 1_000_000_000n;
  const alphaIn = SubnetAlphaIn.get(ctx.state, netuid);
  return alphaIn === 0n ? 0n : (SubnetTAO.get(ctx.state, netuid) * 1_000_000_000n) / alphaIn;
}

const handlers: Record<string, Handler> = {
  set_weights: (ctx, o, a) =>
    setWeights(
      ctx,
      ensureSigned(o),
      n(a.netuid),
      a.dests as number[],
      a.weights as number[],
      b(a.version_key),
    ),
  add_stake: (ctx, o, a) => {
    addStake(ctx, ensureSigned(o), acc(a.hotkey), n(a.netuid), b(a.amount_staked));
  },
  remove_stake: (ctx, o, a) => {
    removeStake(ctx, ensureSigned(o), acc(a.hotkey), n(a.netuid), b(a.amount_unstaked));
  },
  add_stake_limit: (ctx, o, a) => {
    const netuid = n(a.netuid);
    if (!(a.allow_partial as boolean)) ensure(priceRao(ctx, netuid) <= b(a.limit_price), 'SlippageTooHigh');
    addStake(ctx, ensureSigned(o), acc(a.hotkey), netuid, b(a.amount_staked));
  },
  remove_stake_limit: (ctx, o, a) => {
    const netuid = n(a.netuid);
    if (!(a.allow_partial as boolean)) ensure(priceRao(ctx, netuid) >= b(a.limit_price), 'SlippageTooHigh');
    removeStake(ctx, ensureSigned(o), acc(a.hotkey), netuid, b(a.amount_unstaked));
  },
  serve_axon: (ctx, o, a) => serveAxon(ctx, ensureSigned(o), a as unknown as ServeAxonArgs),
  serve_axon_tls: (ctx, o, a) =>
    serveAxon(ctx, ensureSigned(o), a as unknown as ServeAxonArgs, a.certificate as Uint8Array),
  serve_prometheus: (ctx, o, a) =>
    servePrometheus(ctx, ensureSigned(o), a as unknown as Parameters<typeof servePrometheus>[2]),
  register: (ctx, o, a) => {
    doRegister(ctx, ensureSigned(o), n(a.netuid), acc(a.hotkey));
  },
  burned_register: (ctx, o, a) => {
    doRegister(ctx, ensureSigned(o), n(a.netuid), acc(a.hotkey));
  },
  register_limit: (ctx, o, a) => {
    const netuid = n(a.netuid);
    ensure(netuid !== 0, 'RegistrationNotPermittedOnRootSubnet');
    ensure(subnetExists(ctx.state, netuid), 'SubnetNotExists');
    ensure(Burn.get(ctx.state, netuid) <= b(a.limit_price), 'RegistrationPriceLimitExceeded');
    doRegister(ctx, ensureSigned(o), netuid, acc(a.hotkey));
  },
  register_network: (ctx, o, a) => {
    registerNetwork(ctx, ensureSigned(o), acc(a.hotkey));
  },
  root_register: (ctx, o, a) => registerRoot(ctx, ensureSigned(o), acc(a.hotkey)),
  start_call: (ctx, o, a) => startCall(ctx, ensureSigned(o), n(a.netuid)),
  commit_weights: (ctx, o, a) => commitWeights(ctx, ensureSigned(o), n(a.netuid), acc(a.commit_hash)),
  reveal_weights: (ctx, o, a) =>
    revealWeights(
      ctx,
      ensureSigned(o),
      n(a.netuid),
      a.uids as number[],
      a.values as number[],
      a.salt as number[],
      b(a.version_key),
    ),
  set_tempo: (ctx, o, a) => {
    const netuid = n(a.netuid);
    ensureOwnerOrRoot(ctx, o, netuid);
    ensure(subnetExists(ctx.state, netuid), 'SubnetNotExists');
    const tempo = n(a.tempo);
    ensure(tempo >= 360 && tempo <= 50_400, 'TempoOutOfBounds');
    Tempo.set(ctx.state, netuid, tempo);
    LastEpochBlock.set(ctx.state, netuid, BigInt(ctx.blockNumber));
    ctx.deposit('SubtensorModule', 'TempoSet', [netuid, tempo]);
  },
  set_activity_cutoff_factor: (ctx, o, a) => {
    const netuid = n(a.netuid);
    ensureOwnerOrRoot(ctx, o, netuid);
    ensure(subnetExists(ctx.state, netuid), 'SubnetNotExists');
    const factor = n(a.factor_milli);
    ensure(factor >= 1000 && factor <= 50_000, 'ActivityCutoffFactorMilliOutOfBounds');
    ActivityCutoffFactorMilli.set(ctx.state, netuid, factor);
    ctx.deposit('SubtensorModule', 'ActivityCutoffFactorMilliSet', { netuid, factor_milli: factor });
  },
};

/** Calls without a handler: present in metadata, answered with `CallDisabled`. */
const disabled: Handler = () => fail('CallDisabled');

const FREE = new Set([
  'set_weights',
  'commit_weights',
  'reveal_weights',
  'batch_set_weights',
  'batch_commit_weights',
  'batch_reveal_weights',
  'set_mechanism_weights',
  'commit_mechanism_weights',
  'reveal_mechanism_weights',
  'commit_timelocked_weights',
  'commit_timelocked_mechanism_weights',
  'commit_crv3_mechanism_weights',
  'serve_axon',
  'serve_axon_tls',
  'serve_prometheus',
]);

/** The names of the calls the devnet implements. */
export const implementedSubtensorCalls: readonly string[] = Object.keys(handlers);

/** `pallet_subtensor::Call`, as declared for metadata and dispatch. */
export const subtensorCalls: CallDecl[] = subtensorCallTable.map(([name, index, args]) => ({
  name,
  index,
  args,
  weight: () => (name === 'register_network' ? 300_000_000n : 100_000_000n),
  pays: FREE.has(name) ? 'No' : 'Yes',
  docs: handlers[name] === undefined ? [' Not implemented by the devnet: fails with `CallDisabled`.'] : [],
  dispatch: handlers[name] ?? disabled,
}));
