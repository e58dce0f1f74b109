/**
 * Commit-reveal v4: `commit_timelocked_weights` / `commit_timelocked_mechanism_weights` and the automatic reveal in
 * the block step (`reveal_crv3_commits`), as subtensor `subnets/weights.rs` and `coinbase/reveal_commits.rs` do them,
 * checks in subtensor's order and with its error names. The ciphertext is drand-timelocked (`@subnetkit/drand`).
 */
import { blake2AsU8a } from '@polkadot/util-crypto';
import { decodeWeightsPayload } from '@subnetkit/drand';
import type { DispatchContext } from '../../frame/define-pallet.js';
import { u16 } from '../../frame/primitives.js';
import { encode } from '../../frame/scale/codec.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { bytesToHex, hashKeyPart } from '../../storage/index.js';
import { LastStoredRound, Pulses } from '../drand/storage.js';
import { decryptCommit } from './commit-decryptions.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { setLastUpdate } from './neurons.js';
import { shouldRunEpoch } from './scheduler.js';
import {
  CommitRevealWeightsEnabled,
  CommitRevealWeightsVersion,
  MaxEpochsPerBlock,
  RevealPeriodEpochs,
  type TimelockedCommit,
  TimelockedWeightCommits,
  Uids,
} from './storage.js';
import { allNetuids, subnetExists } from './subnets.js';
import { sameAccount } from './types.js';
import { checkRateLimit, currentEpochWithLookahead, hasMinStake, setWeightsChecked } from './weights.js';

/** Unrevealed commits a hotkey may have in one epoch. */
const MAX_UNREVEALED = 10;

/** The arguments of a timelocked commit. */
export interface TimelockedCommitArgs {
  readonly netuid: number;
  readonly mecid: number;
  readonly commit: Uint8Array;
  readonly revealRound: bigint;
  readonly version: number;
}

/**
 * `commit_timelocked_(mechanism_)weights`: the `CheckWeights` extension's checks (`NotEnoughStakeToSetWeights`,
 * `InvalidRevealRound` below `Drand.LastStoredRound`), then `internal_commit_timelocked_weights`'
 * (`MechanismDoesNotExist`, `CommitRevealDisabled`, `IncorrectCommitRevealVersion`, `HotKeyNotRegisteredInSubNet`,
 * `CommittingWeightsTooFast`, `TooManyUnrevealedCommits`); queues `(who, block, commit, round)` under the commit
 * epoch, emits `TimelockedWeightsCommitted(who, netuid_index, blake2_256(commit), round)` and sets `LastUpdate`.
 *
 * @example
 * commitTimelockedWeights(ctx, hotkey, { netuid: 1, mecid: 0, commit, revealRound, version: 4 });
 */
export function commitTimelockedWeights(
  ctx: DispatchContext,
  who: Uint8Array,
  args: TimelockedCommitArgs,
): void {
  const { state } = ctx;
  const { netuid, mecid, commit, revealRound, version } = args;
  const block = BigInt(ctx.blockNumber);
  ensure(hasMinStake(state, who, netuid), 'NotEnoughStakeToSetWeights');
  ensure(revealRound >= LastStoredRound.get(state), 'InvalidRevealRound');
  // The devnet runs one mechanism per subnet (`MechanismCountCurrent` = 1): mecid 0 is the subnet itself.
  ensure(subnetExists(state, netuid) && mecid === 0, 'MechanismDoesNotExist');
  ensure(CommitRevealWeightsEnabled.get(state, netuid), 'CommitRevealDisabled');
  ensure(version === CommitRevealWeightsVersion.get(state), 'IncorrectCommitRevealVersion');
  const uid = Uids.get(state, netuid, who);
  ensure(uid !== undefined, 'HotKeyNotRegisteredInSubNet');
  ensure(checkRateLimit(state, netuid, uid, block), 'CommittingWeightsTooFast');
  const epoch = currentEpochWithLookahead(state, netuid, block);
  const commits = TimelockedWeightCommits.get(state, netuid, epoch);
  ensure(
    commits.filter(([account]) => sameAccount(account, who)).length < MAX_UNREVEALED,
    'TooManyUnrevealedCommits',
  );
  TimelockedWeightCommits.set(state, netuid, epoch, [...commits, [who, block, commit, revealRound]]);
  deposit(ctx, 'TimelockedWeightsCommitted', [who, netuid, blake2AsU8a(commit, 256), revealRound]);
  setLastUpdate(state, netuid, uid, block);
}

/** The commit epochs `TimelockedWeightCommits` holds for `netuid` (the second key, Twox64Concat of a u64). */
function storedEpochs(state: StateReader, netuid: number): bigint[] {
  const itemPrefix = TimelockedWeightCommits.key(netuid, 0n).slice(0, 2 + 64);
  const prefix = itemPrefix + bytesToHex(hashKeyPart('Twox64Concat', encode(u16, netuid))).slice(2);
  return state.getKeysPaged(prefix, 1_000).map((key) => Buffer.from(key.slice(-16), 'hex').readBigUInt64LE());
}

/** What the reveal makes of one commit: weights to set, a missing pulse (kept for the next block), or a drop. */
type Opened =
  | {
      readonly kind: 'weights';
      readonly uids: number[];
      readonly values: number[];
      readonly versionKey: bigint;
    }
  | { readonly kind: 'no-pulse' }
  | { readonly kind: 'drop' };

/** Decrypts and decodes one commit, dropping it the way subtensor does (undecodable, undecryptable, other hotkey). */
function openCommit(state: StateReader, [who, , ciphertext, round]: TimelockedCommit): Opened {
  const pulse = Pulses.get(state, round);
  if (pulse === undefined) return { kind: 'no-pulse' };
  const decrypted = decryptCommit(ciphertext, pulse.signature);
  if (!decrypted.ok) return { kind: 'drop' };
  const payload = decodeWeightsPayload(decrypted.plaintext);
  if (
    payload === undefined ||
    payload.hotkey.length < 32 ||
    !sameAccount(payload.hotkey.subarray(0, 32), who)
  ) {
    return { kind: 'drop' };
  }
  return {
    kind: 'weights',
    uids: [...payload.uids],
    values: [...payload.values],
    versionKey: payload.versionKey,
  };
}

/** Applies revealed weights with `set_weights`' checks in a layer of their own; a refusal leaves no trace. */
function applyWeights(ctx: DispatchContext, who: Uint8Array, netuid: number, opened: Opened): boolean {
  if (opened.kind !== 'weights') return false;
  const state: StateOverlay = ctx.state;
  state.begin();
  try {
    setWeightsChecked(ctx, who, netuid, opened.uids, opened.values, opened.versionKey);
    state.commit();
    return true;
  } catch {
    state.rollback();
    return false;
  }
}

/**
 * `reveal_crv3_commits_for_subnet`: at the commit epoch + `RevealPeriodEpochs`, decrypts each commit whose drand
 * pulse is on chain and sets its weights (`TimelockedWeightsRevealed`); keeps those whose pulse is missing for the
 * next block of that epoch; drops older epochs' commits and those that do not open.
 */
function revealForSubnet(ctx: DispatchContext, netuid: number): void {
  const { state } = ctx;
  const period = RevealPeriodEpochs.get(state, netuid);
  const current = currentEpochWithLookahead(state, netuid, BigInt(ctx.blockNumber));
  const revealEpoch = current > period ? current - period : 0n;
  for (const epoch of storedEpochs(state, netuid)) {
    if (epoch < revealEpoch) TimelockedWeightCommits.set(state, netuid, epoch, undefined);
  }
  if (current < period) return;
  const entries = TimelockedWeightCommits.get(state, netuid, revealEpoch);
  if (entries.length === 0) return;
  TimelockedWeightCommits.set(state, netuid, revealEpoch, undefined);
  const unrevealed: TimelockedCommit[] = [];
  for (const entry of entries) {
    const opened = openCommit(state, entry);
    if (opened.kind === 'no-pulse') unrevealed.push(entry);
    else if (applyWeights(ctx, entry[0], netuid, opened))
      deposit(ctx, 'TimelockedWeightsRevealed', [netuid, entry[0]]);
  }
  if (unrevealed.length > 0) TimelockedWeightCommits.set(state, netuid, revealEpoch, unrevealed);
}

/** Subnets whose epoch is due this block but deferred by `MaxEpochsPerBlock` (`epochs_deferred_this_block`). */
function deferredThisBlock(state: StateReader, netuids: readonly number[], block: bigint): Set<number> {
  const due = netuids.filter((netuid) => shouldRunEpoch(state, netuid, block));
  return new Set(due.slice(MaxEpochsPerBlock.get(state)));
}

/**
 * `reveal_crv3_commits`: the block step's reveal, before the coinbase, for every non-root subnet whose epoch is
 * not deferred this block. Never fails: a commit that does not open is dropped.
 *
 * @example
 * revealTimelockedCommits(ctx);
 */
export function revealTimelockedCommits(ctx: DispatchContext): void {
  const netuids = allNetuids(ctx.state).filter((netuid) => netuid !== 0);
  const deferred = deferredThisBlock(ctx.state, netuids, BigInt(ctx.blockNumber));
  for (const netuid of netuids) if (!deferred.has(netuid)) revealForSubnet(ctx, netuid);
}
