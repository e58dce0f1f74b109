/**
 * Running a subnet's epoch: storage → `EpochInput`, the pure Yuma `epoch()`, then persistence of its
 * outputs under subtensor's names and payout (`drain_pending` / `distribute_emission`, yuma SPEC §2, §4.12, §5).
 */
import { channel } from 'node:diagnostics_channel';
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { type EpochInput, type EpochOutput, epoch } from '../../yuma/index.js';
import { setPendingChildren } from './children.js';
import { deposit } from './events.js';
import { inheritedAlpha, inheritedTao } from './inherited-stake.js';
import { mapKeySuffixes } from './map-keys.js';
import { parentChildDividends } from './parent-child-dividends.js';
import { increasePool, increaseStake } from './pools.js';
import { shouldRunEpoch } from './scheduler.js';
import { readRow, writeRow } from './sparse-rows.js';
import {
  Active,
  ActivityCutoffFactorMilli,
  AlphaDividendsPerSubnet,
  AlphaSigmoidSteepness,
  AlphaValues,
  BlockAtRegistration,
  BlocksSinceLastStep,
  Bonds,
  BondsMovingAverage,
  BondsPenalty,
  CommitRevealWeightsEnabled,
  Consensus,
  Delegates,
  Dividends,
  Emission,
  Incentive,
  Kappa,
  Keys,
  LastEpochBlock,
  LastMechansimStepBlock,
  LastUpdate,
  LiquidAlphaOn,
  MaxAllowedValidators,
  MaxEpochsPerBlock,
  Owner,
  PendingEpochAt,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  RevealPeriodEpochs,
  StakeThreshold,
  StakeWeight,
  SubnetAlphaOut,
  SubnetEpochIndex,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetworkN,
  TaoWeight,
  Tempo,
  Uids,
  ValidatorPermit,
  ValidatorTrust,
  WeightCommits,
  Weights,
  Yuma3On,
} from './storage.js';
import { allNetuids } from './subnets.js';
import { sameAccount } from './types.js';

/**
 * Reads everything one epoch needs from storage (`epoch_mechanism` inputs, yuma SPEC §3), with
 * `raoEmission` to distribute. Exported so tests can recompute an epoch from on-chain inputs.
 *
 * @example
 * const input = readEpochInput(state, 1, 100n, 0n);
 */
export function readEpochInput(
  state: StateReader,
  netuid: number,
  block: bigint,
  raoEmission: bigint,
): EpochInput {
  return readEpochInputOf(state, netuid, block, raoEmission, subnetHotkeys(state, netuid));
}

/** `Keys` of uids 0..SubnetworkN. */
function subnetHotkeys(state: StateReader, netuid: number): Uint8Array[] {
  return Array.from({ length: SubnetworkN.get(state, netuid) }, (_, uid) => Keys.get(state, netuid, uid));
}

function readEpochInputOf(
  state: StateReader,
  netuid: number,
  block: bigint,
  raoEmission: bigint,
  hotkeys: readonly Uint8Array[],
): EpochInput {
  const n = hotkeys.length;
  const tempo = BigInt(Tempo.get(state, netuid));
  const crOn = CommitRevealWeightsEnabled.get(state, netuid);
  const ownerUid = Uids.get(state, netuid, SubnetOwnerHotkey.get(state, netuid));
  const [alphaLow, alphaHigh] = AlphaValues.get(state, netuid);
  const cutoff = (BigInt(ActivityCutoffFactorMilli.get(state, netuid)) * tempo) / 1000n;
  let commitBlock: (bigint | null)[] | undefined;
  if (crOn) {
    const epochNow = SubnetEpochIndex.get(state, netuid) + (shouldRunEpoch(state, netuid, block) ? 1n : 0n);
    const period = RevealPeriodEpochs.get(state, netuid);
    commitBlock = hotkeys.map((hk) => {
      const commits = WeightCommits.get(state, netuid, hk) ?? [];
      const live = commits.find(([, e]) => !(epochNow > e + period));
      return live === undefined ? null : live[2];
    });
  }
  return {
    params: {
      n,
      tempo,
      kappa: Kappa.get(state, netuid),
      bondsPenalty: BondsPenalty.get(state, netuid),
      bondsMovingAverage: BondsMovingAverage.get(state, netuid),
      yuma3: Yuma3On.get(state, netuid),
      liquidAlpha: LiquidAlphaOn.get(state, netuid),
      alphaLow,
      alphaHigh,
      alphaSigmoidSteepness: AlphaSigmoidSteepness.get(state, netuid),
      maxAllowedValidators: MaxAllowedValidators.get(state, netuid),
      stakeThreshold: StakeThreshold.get(state),
      ownerUid: ownerUid ?? null,
      commitRevealEnabled: crOn,
      lastMechanismStepBlock: LastMechansimStepBlock.get(state, netuid),
      taoWeight: TaoWeight.get(state),
      activityCutoffBlocks: cutoff < 1n ? 1n : cutoff,
    },
    block,
    raoEmission,
    state: {
      stakeAlpha: hotkeys.map((hk) => inheritedAlpha(state, hk, netuid)),
      stakeTao: hotkeys.map((hk) => inheritedTao(state, hk, netuid)),
      lastUpdate: LastUpdate.get(state, netuid),
      blockAtRegistration: hotkeys.map((_, uid) => BlockAtRegistration.get(state, netuid, uid)),
      validatorPermit: ValidatorPermit.get(state, netuid),
      weights: hotkeys.map((_, uid) => readRow(state, Weights.key(netuid, uid))),
      bonds: hotkeys.map((_, uid) => readRow(state, Bonds.key(netuid, uid))),
      ...(commitBlock === undefined ? {} : { commitBlock }),
    },
  };
}

/** Writes an epoch's outputs under subtensor's storage names (`persist_*_epoch_terms`). */
export function persistEpochOutput(state: StateOverlay, netuid: number, out: EpochOutput): void {
  Incentive.set(state, netuid, out.incentive);
  out.bonds.forEach((b, uid) => {
    writeRow(state, Bonds.key(netuid, uid), b);
  });
  Active.set(state, netuid, out.active);
  Emission.set(state, netuid, out.emission);
  Consensus.set(state, netuid, out.consensus);
  Dividends.set(state, netuid, out.dividends);
  ValidatorTrust.set(state, netuid, out.validatorTrust);
  ValidatorPermit.set(state, netuid, out.newValidatorPermit);
  StakeWeight.set(state, netuid, out.stakeWeight);
}

/**
 * Pays an epoch: miners' incentive staked to their coldkeys (burned for the owner's hotkeys); each
 * validator's dividends split over its parents and itself (`parent-child-dividends.ts`), then each
 * receiver's delegate take staked to its own coldkey and the rest added to its pool
 * (`distribute_dividends_and_incentives`); the owner cut to `(SubnetOwnerHotkey, SubnetOwner)`.
 */
function distribute(
  ctx: DispatchContext,
  netuid: number,
  hotkeys: readonly Uint8Array[],
  out: EpochOutput,
  ownerCut: bigint,
): void {
  const { state } = ctx;
  const ownerCold = SubnetOwner.get(state, netuid);
  const ownerHot = SubnetOwnerHotkey.get(state, netuid);
  let burned = 0n;
  const dividends = new Map<string, [Uint8Array, bigint]>();
  for (let uid = 0; uid < out.serverEmission.length; uid++) {
    const hk = hotkeys[uid];
    const cold = Owner.get(state, hk);
    const incentive = out.serverEmission[uid];
    if (incentive > 0n) {
      if (sameAccount(cold, ownerCold) || sameAccount(hk, ownerHot)) burned += incentive;
      else increaseStake(state, hk, cold, netuid, incentive);
    }
    for (const [receiver, amount] of parentChildDividends(state, hk, netuid, out.validatorEmission[uid])) {
      const key = Buffer.from(receiver).toString('hex');
      dividends.set(key, [receiver, (dividends.get(key)?.[1] ?? 0n) + amount]);
    }
  }
  if (burned > 0n) {
    const outstanding = SubnetAlphaOut.get(state, netuid);
    SubnetAlphaOut.set(state, netuid, outstanding > burned ? outstanding - burned : 0n);
  }
  increaseStake(state, ownerHot, ownerCold, netuid, ownerCut);
  for (const suffix of mapKeySuffixes(state, AlphaDividendsPerSubnet, netuid))
    AlphaDividendsPerSubnet.set(state, netuid, suffix.slice(16, 48), undefined);
  for (const [, [hk, divs]] of [...dividends.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const takeBits = divs * ((BigInt(Delegates.get(state, hk)) << 32n) / 65_535n);
    const take = takeBits >> 32n;
    const rest = ((divs << 32n) - takeBits) >> 32n;
    increaseStake(state, hk, Owner.get(state, hk), netuid, take);
    increasePool(state, hk, netuid, rest);
    AlphaDividendsPerSubnet.set(state, netuid, hk, AlphaDividendsPerSubnet.get(state, netuid, hk) + rest);
  }
  deposit(ctx, 'IncentiveAlphaEmittedToMiners', { netuid, emissions: out.serverEmission });
}

/** Wall time of each phase of one subnet's epoch, published on {@link epochTimingChannel}. */
export interface EpochTiming {
  readonly netuid: number;
  readonly block: number;
  /** Storage → `EpochInput`. */
  readonly readMs: number;
  /** The pure Yuma `epoch()`. */
  readonly yumaMs: number;
  /** The outputs written under subtensor's names. */
  readonly persistMs: number;
  /** Incentive, dividends and owner cut paid as stake. */
  readonly payoutMs: number;
}

/**
 * The `node:diagnostics_channel` on which every epoch publishes its {@link EpochTiming}; timing is only
 * taken while someone subscribes (the subtensor bench does).
 *
 * @example
 * import { subscribe } from 'node:diagnostics_channel';
 * subscribe(EPOCH_TIMING_CHANNEL, (t) => console.log((t as EpochTiming).yumaMs));
 */
export const EPOCH_TIMING_CHANNEL = 'subnetkit:subtensor:epoch';
const epochTimingChannel = channel(EPOCH_TIMING_CHANNEL);

/**
 * Runs one subnet's epoch now: drains the pending emission, runs Yuma, persists and pays.
 * Returns the output.
 *
 * @example
 * runEpoch(ctx, 1);
 */
export function runEpoch(ctx: DispatchContext, netuid: number): EpochOutput {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  const timed = epochTimingChannel.hasSubscribers;
  const t0 = timed ? performance.now() : 0;
  const server = PendingServerEmission.get(state, netuid);
  const validator = PendingValidatorEmission.get(state, netuid);
  const root = PendingRootAlphaDivs.get(state, netuid);
  const ownerCut = PendingOwnerCut.get(state, netuid);
  for (const item of [PendingServerEmission, PendingValidatorEmission, PendingRootAlphaDivs, PendingOwnerCut])
    item.set(state, netuid, 0n);
  const hotkeys = subnetHotkeys(state, netuid);
  const input = readEpochInputOf(state, netuid, block, server + validator + root, hotkeys);
  const t1 = timed ? performance.now() : 0;
  const out = epoch(input);
  const t2 = timed ? performance.now() : 0;
  persistEpochOutput(state, netuid, out);
  const t3 = timed ? performance.now() : 0;
  distribute(ctx, netuid, hotkeys, out, ownerCut);
  if (timed) {
    const t4 = performance.now();
    const timing: EpochTiming = {
      netuid,
      block: ctx.blockNumber,
      readMs: t1 - t0,
      yumaMs: t2 - t1,
      persistMs: t3 - t2,
      payoutMs: t4 - t3,
    };
    epochTimingChannel.publish(timing);
  }
  return out;
}

/**
 * `drain_pending` for every non-root subnet at the start of a block: `BlocksSinceLastStep`, the
 * scheduler, the `MaxEpochsPerBlock` deferral, the epoch and the counters.
 *
 * @example
 * drainPending(ctx);
 */
export function drainPending(ctx: DispatchContext): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  let ran = 0;
  const max = MaxEpochsPerBlock.get(state);
  for (const netuid of allNetuids(state)) {
    if (netuid === 0) continue;
    BlocksSinceLastStep.set(state, netuid, BlocksSinceLastStep.get(state, netuid) + 1n);
    if (!shouldRunEpoch(state, netuid, block)) continue;
    if (ran >= max) {
      PendingEpochAt.set(state, netuid, block + 1n);
      deposit(ctx, 'EpochDeferred', { netuid, from_block: block, to_block: block + 1n });
      continue;
    }
    ran++;
    BlocksSinceLastStep.set(state, netuid, 0n);
    runEpoch(ctx, netuid);
    LastEpochBlock.set(state, netuid, block);
    setPendingChildren(ctx, netuid);
    PendingEpochAt.set(state, netuid, 0n);
    SubnetEpochIndex.set(state, netuid, SubnetEpochIndex.get(state, netuid) + 1n);
    LastMechansimStepBlock.set(state, netuid, block);
  }
}
