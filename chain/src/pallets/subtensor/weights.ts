/**
 * `set_weights`, `commit_weights`, `reveal_weights` (CR-v2): subtensor `subnets/weights.rs` v3.4.9,
 * checks in its order and with its error names.
 */
import { blake2AsU8a } from '@polkadot/util-crypto';
import type { DispatchContext } from '../../frame/define-pallet.js';
import { AccountId32, sequence, tuple, u16, u64 } from '../../frame/primitives.js';
import { encode } from '../../frame/scale/codec.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { check_vec_max_limited, vec_u16_max_upscale_to_u16 } from '../../yuma/index.js';
import { ensure, fail } from './errors.js';
import { deposit } from './events.js';
import { setLastUpdate } from './neurons.js';
import { shouldRunEpoch } from './scheduler.js';
import {
  CommitRevealWeightsEnabled,
  LastUpdate,
  MaxWeightsLimit,
  MinAllowedWeights,
  RevealPeriodEpochs,
  StakeThreshold,
  SubnetEpochIndex,
  SubnetOwnerHotkey,
  SubnetworkN,
  TaoWeight,
  TotalHotkeyAlpha,
  Uids,
  ValidatorPermit,
  type WeightCommit,
  WeightCommits,
  Weights,
  WeightsSetRateLimit,
  WeightsVersionKey,
} from './storage.js';
import { subnetExists } from './subnets.js';
import { sameAccount } from './types.js';

// Set at module load, which Stryker's vitest runner does not repeat per mutant (weights.test.ts's TaoWeight test
// would notice: with 2^64 + 1 a TaoWeight of u64::MAX counts 600 root stake as 599).
// Stryker disable next-line ArithmeticOperator: static, see above
const U64_MAX = (1n << 64n) - 1n;
const commitPayload = tuple(AccountId32, u16, sequence(u16), sequence(u16), sequence(u16), u64);

/**
 * The CR-v2 commit hash: `BlakeTwo256(SCALE((hotkey, netuid_index, uids, values, salt, version_key)))`
 * (`get_commit_hash`; the SDK's `generate_weight_hash`).
 *
 * @example
 * commitHash(hotkey, 1, [0, 1], [100, 200], [7, 8], 0n) // 32 bytes
 */
export function commitHash(
  hotkey: Uint8Array,
  netuid: number,
  uids: readonly number[],
  values: readonly number[],
  salt: readonly number[],
  versionKey: bigint,
): Uint8Array {
  return blake2AsU8a(encode(commitPayload, [hotkey, netuid, uids, values, salt, versionKey]), 256);
}

/** `current_epoch_with_lookahead`: `SubnetEpochIndex` plus one when an epoch fires this block. */
export function currentEpochWithLookahead(state: StateReader, netuid: number, block: bigint): bigint {
  const base = SubnetEpochIndex.get(state, netuid);
  return shouldRunEpoch(state, netuid, block) ? base + 1n : base;
}

/** `is_commit_expired`: the current epoch (with look-ahead) is past `commitEpoch + RevealPeriodEpochs`. @example isExpired(state, 1, 3n, 100n) */
export function isExpired(state: StateReader, netuid: number, commitEpoch: bigint, block: bigint): boolean {
  return (
    currentEpochWithLookahead(state, netuid, block) > commitEpoch + RevealPeriodEpochs.get(state, netuid)
  );
}

function isSelfWeight(uid: number, uids: readonly number[], weights: readonly number[]): boolean {
  return weights.length === 1 && uids[0] === uid;
}

function ownerUid(state: StateReader, netuid: number): number | undefined {
  return Uids.get(state, netuid, SubnetOwnerHotkey.get(state, netuid));
}

/** `check_rate_limit`: `WeightsSetRateLimit` blocks since the uid's `LastUpdate` (or never updated). */
export function checkRateLimit(state: StateReader, netuid: number, uid: number, block: bigint): boolean {
  const last = LastUpdate.get(state, netuid)[uid] ?? 0n;
  if (last === 0n) return true;
  return block - last >= WeightsSetRateLimit.get(state, netuid);
}

/** `check_weights_min_stake`: the owner hotkey, or alpha + root stake × `TaoWeight` at `StakeThreshold`. */
export function hasMinStake(state: StateReader, hotkey: Uint8Array, netuid: number): boolean {
  if (sameAccount(SubnetOwnerHotkey.get(state, netuid), hotkey)) return true;
  const alpha = TotalHotkeyAlpha.get(state, hotkey, netuid);
  const root = TotalHotkeyAlpha.get(state, hotkey, 0);
  const stake = alpha + (root * TaoWeight.get(state)) / U64_MAX;
  return stake >= StakeThreshold.get(state);
}

/**
 * `internal_set_weights` (the part after the commit-reveal gate): every check in subtensor's order,
 * then `Weights = zip(uids, max-upscaled values)`, `LastUpdate` (when CR is off) and `WeightsSet`.
 *
 * @example
 * setWeightsChecked(ctx, hotkey, 1, [1, 2], [10, 20], 0n);
 */
export function setWeightsChecked(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  netuid: number,
  uids: number[],
  values: number[],
  versionKey: bigint,
): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(netuid !== 0, 'CanNotSetRootNetworkWeights');
  ensure(uids.length === values.length, 'WeightVecNotEqualSize');
  ensure(subnetExists(state, netuid), 'MechanismDoesNotExist');
  const n = SubnetworkN.get(state, netuid);
  ensure(uids.length <= n, 'UidsLengthExceedUidsInSubNet');
  const uid = Uids.get(state, netuid, hotkey);
  ensure(uid !== undefined, 'HotKeyNotRegisteredInSubNet');
  ensure(hasMinStake(state, hotkey, netuid), 'NotEnoughStakeToSetWeights');
  const required = WeightsVersionKey.get(state, netuid);
  // Stryker disable next-line ConditionalExpression: equivalent, every u64 version key is >= a required 0
  ensure(required === 0n || versionKey >= required, 'IncorrectWeightVersionKey');
  const crOn = CommitRevealWeightsEnabled.get(state, netuid);
  if (!crOn) ensure(checkRateLimit(state, netuid, uid, block), 'SettingWeightsTooFast');
  const selfWeight = isSelfWeight(uid, uids, values);
  ensure(
    selfWeight || ownerUid(state, netuid) === uid || (ValidatorPermit.get(state, netuid)[uid] ?? false),
    'NeuronNoValidatorPermit',
  );
  ensure(new Set(uids).size === uids.length, 'DuplicateUids');
  ensure(
    uids.every((u) => u < n),
    'UidVecContainInvalidOne',
  );
  const minAllowed = Math.min(n, MinAllowedWeights.get(state, netuid));
  ensure(selfWeight || values.length >= minAllowed, 'WeightVecLengthIsLow');
  const upscaled = vec_u16_max_upscale_to_u16(values);
  const limit = MaxWeightsLimit.get(state, netuid);
  // Stryker disable next-line ConditionalExpression: equivalent, no u16 weight exceeds a limit of u16::MAX (the check is a shortcut)
  ensure(selfWeight || limit === 65_535 || check_vec_max_limited(upscaled, limit), 'MaxWeightExceeded');
  writeWeights(state, netuid, uid, uids, upscaled);
  if (!crOn) setLastUpdate(state, netuid, uid, block);
  deposit(ctx, 'WeightsSet', [netuid, uid]);
}

function writeWeights(
  state: StateOverlay,
  netuid: number,
  uid: number,
  uids: number[],
  values: number[],
): void {
  Weights.set(
    state,
    netuid,
    uid,
    uids.map((d, i): [number, number] => [d, values[i]]),
  );
}

/**
 * `set_weights`: fails with `CommitRevealEnabled` while commit-reveal is on, else `setWeightsChecked`.
 *
 * @example
 * setWeights(ctx, hotkey, 1, [1], [65535], 0n);
 */
export function setWeights(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  netuid: number,
  uids: number[],
  values: number[],
  versionKey: bigint,
): void {
  if (CommitRevealWeightsEnabled.get(ctx.state, netuid)) fail('CommitRevealEnabled');
  setWeightsChecked(ctx, hotkey, netuid, uids, values, versionKey);
}

/**
 * `commit_weights(netuid, commit_hash)` (CR-v2): queues `(hash, epoch, block, 0)` and sets `LastUpdate`.
 *
 * @example
 * commitWeights(ctx, hotkey, 1, hash);
 */
export function commitWeights(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  netuid: number,
  hash: Uint8Array,
): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(subnetExists(state, netuid), 'MechanismDoesNotExist');
  ensure(CommitRevealWeightsEnabled.get(state, netuid), 'CommitRevealDisabled');
  const uid = Uids.get(state, netuid, hotkey);
  ensure(uid !== undefined, 'HotKeyNotRegisteredInSubNet');
  ensure(checkRateLimit(state, netuid, uid, block), 'CommittingWeightsTooFast');
  const epoch = currentEpochWithLookahead(state, netuid, block);
  const commits = [...(WeightCommits.get(state, netuid, hotkey) ?? [])];
  while (commits.length > 0 && isExpired(state, netuid, commits[0][1], block)) commits.shift();
  ensure(commits.length < 10, 'TooManyUnrevealedCommits');
  commits.push([hash, epoch, block, 0n]);
  WeightCommits.set(state, netuid, hotkey, commits);
  deposit(ctx, 'WeightsCommitted', [hotkey, netuid, hash]);
  setLastUpdate(state, netuid, uid, block);
}

/**
 * `reveal_weights(netuid, uids, values, salt, version_key)` (CR-v2): finds the commit, requires the
 * current epoch to be exactly `commit_epoch + RevealPeriodEpochs`, pops it and sets the weights.
 *
 * @example
 * revealWeights(ctx, hotkey, 1, [1], [65535], [1, 2], 0n);
 */
export function revealWeights(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  netuid: number,
  uids: number[],
  values: number[],
  salt: number[],
  versionKey: bigint,
): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(CommitRevealWeightsEnabled.get(state, netuid), 'CommitRevealDisabled');
  const stored = WeightCommits.get(state, netuid, hotkey);
  ensure(stored !== undefined, 'NoWeightsCommitFound');
  const commits: WeightCommit[] = [...stored];
  // Stryker disable next-line ArrayDeclaration: equivalent, a made-up entry is never the hex of a 32-byte hash
  const expired: string[] = [];
  while (commits.length > 0 && isExpired(state, netuid, commits[0][1], block)) {
    const [hash] = commits[0];
    commits.shift();
    expired.push(Buffer.from(hash).toString('hex'));
  }
  const provided = commitHash(hotkey, netuid, uids, values, salt, versionKey);
  const providedHex = Buffer.from(provided).toString('hex');
  if (commits.length === 0)
    fail(expired.includes(providedHex) ? 'ExpiredWeightCommit' : 'NoWeightsCommitFound');
  const position = commits.findIndex(([h]) => Buffer.from(h).toString('hex') === providedHex);
  if (position < 0)
    fail(expired.includes(providedHex) ? 'ExpiredWeightCommit' : 'InvalidRevealCommitHashNotMatch');
  const epoch = currentEpochWithLookahead(state, netuid, block);
  ensure(epoch === commits[position][1] + RevealPeriodEpochs.get(state, netuid), 'RevealTooEarly');
  const rest = commits.slice(position + 1);
  WeightCommits.set(state, netuid, hotkey, rest.length === 0 ? undefined : rest);
  setWeightsChecked(ctx, hotkey, netuid, uids, values, versionKey);
  deposit(ctx, 'WeightsRevealed', [hotkey, netuid, provided]);
}
