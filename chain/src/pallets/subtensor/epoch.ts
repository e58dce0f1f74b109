/**
 * Running a subnet's epoch: storage → `EpochInput`, the pure Yuma `epoch()`, then persistence of its
 * outputs under subtensor's names, then the payout (`distribute_emission`, yuma SPEC §2, §4.12, §5).
 */
import { channel } from 'node:diagnostics_channel';
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { type EpochInput, type EpochOutput, epoch } from '../../yuma/index.js';
import { distributeEmission, type PendingEmission } from './distribute-emission.js';
import { inheritedAlpha, inheritedTao } from './inherited-stake.js';
import { shouldRunEpoch } from './scheduler.js';
import { readRow, writeRow } from './sparse-rows.js';
import {
  Active,
  ActivityCutoffFactorMilli,
  AlphaSigmoidSteepness,
  AlphaValues,
  BlockAtRegistration,
  Bonds,
  BondsMovingAverage,
  BondsPenalty,
  CommitRevealWeightsEnabled,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  Kappa,
  Keys,
  LastMechansimStepBlock,
  LastUpdate,
  LiquidAlphaOn,
  MaxAllowedValidators,
  RevealPeriodEpochs,
  StakeThreshold,
  StakeWeight,
  SubnetEpochIndex,
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
 * Runs one subnet's epoch now on its drained `pending` emission (`distribute_emission`): Yuma on the
 * pending server, validator and root alpha, its outputs persisted, then the payout
 * (`distribute-emission.ts`). Returns the output.
 *
 * @example
 * runEpoch(ctx, 1, { server: 0n, validator: 0n, root: 0n, ownerCut: 0n });
 */
export function runEpoch(ctx: DispatchContext, netuid: number, pending: PendingEmission): EpochOutput {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  const timed = epochTimingChannel.hasSubscribers;
  const t0 = timed ? performance.now() : 0;
  const hotkeys = subnetHotkeys(state, netuid);
  const input = readEpochInputOf(
    state,
    netuid,
    block,
    pending.server + pending.validator + pending.root,
    hotkeys,
  );
  const t1 = timed ? performance.now() : 0;
  const out = epoch(input);
  const t2 = timed ? performance.now() : 0;
  persistEpochOutput(state, netuid, out);
  const t3 = timed ? performance.now() : 0;
  distributeEmission(ctx, netuid, hotkeys, out, pending);
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
