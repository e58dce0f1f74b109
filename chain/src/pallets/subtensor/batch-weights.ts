/**
 * `batch_set_weights`, `batch_commit_weights` and `batch_reveal_weights` (subtensor `subnets/weights.rs`):
 * the first two run one weights call per subnet and go on past failures — each failed item is reported as
 * `BatchWeightItemFailed(netuid, error)` after one `BatchCompletedWithErrors`, and the batch ends with
 * `BatchWeightsCompleted`; the batch reveal is all or nothing on one subnet.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { DispatchFailure } from '../../frame/define-pallet.js';
import type { EnumValue } from '../../frame/scale/codec.js';
import { ensure, fail, subtensorErrors } from './errors.js';
import { deposit } from './events.js';
import {
  CommitRevealWeightsEnabled,
  RevealPeriodEpochs,
  type WeightCommit,
  WeightCommits,
} from './storage.js';
import {
  commitHash,
  commitWeights,
  currentEpochWithLookahead,
  isExpired,
  setWeights,
  setWeightsChecked,
} from './weights.js';

/** `SubtensorModule`'s index in `construct_runtime!`, for the `DispatchError::Module` of a failed item. */
const PALLET_INDEX = 7;

/** Runs one batch item in its own storage layer; returns its `DispatchError` when it failed (its writes undone). */
function runItem(ctx: DispatchContext, item: () => void): EnumValue | undefined {
  ctx.state.begin();
  try {
    item();
    ctx.state.commit();
    return undefined;
  } catch (error) {
    ctx.state.rollback();
    // Stryker disable next-line ConditionalExpression: the weights code fails only with SubtensorModule errors
    if (!(error instanceof DispatchFailure) || !('module' in error.error)) throw error;
    const names: readonly string[] = subtensorErrors.names;
    const index = names.indexOf(error.error.error);
    return { type: 'Module', value: { index: PALLET_INDEX, error: new Uint8Array([index, 0, 0, 0]) } };
  }
}

/** Runs every item, then reports the failures and the completion as subtensor does. */
function runBatch(ctx: DispatchContext, hotkey: Uint8Array, items: [number, () => void][]): void {
  const failures = items
    .map(([netuid, item]): [number, EnumValue | undefined] => [netuid, runItem(ctx, item)])
    .filter((r): r is [number, EnumValue] => r[1] !== undefined);
  if (failures.length > 0) deposit(ctx, 'BatchCompletedWithErrors');
  for (const [netuid, error] of failures) deposit(ctx, 'BatchWeightItemFailed', [netuid, error]);
  deposit(ctx, 'BatchWeightsCompleted', [items.map(([netuid]) => netuid), hotkey]);
}

/**
 * `batch_set_weights(netuids, weights, version_keys)`: `set_weights` on each subnet (a subnet with commit-reveal
 * on fails its item with `CommitRevealEnabled`); unequal list lengths fail the call with `InputLengthsUnequal`.
 *
 * @example
 * batchSetWeights(ctx, hotkey, [1, 2], [[[0, 65535]], [[1, 1]]], [0n, 0n]);
 */
export function batchSetWeights(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  netuids: number[],
  weights: [number, number][][],
  versionKeys: bigint[],
): void {
  ensure(netuids.length === weights.length && netuids.length === versionKeys.length, 'InputLengthsUnequal');
  runBatch(
    ctx,
    hotkey,
    netuids.map((netuid, i) => [
      netuid,
      () =>
        setWeights(
          ctx,
          hotkey,
          netuid,
          weights[i].map(([uid]) => uid),
          weights[i].map(([, value]) => value),
          versionKeys[i],
        ),
    ]),
  );
}

/**
 * `batch_commit_weights(netuids, commit_hashes)`: `commit_weights` on each subnet; unequal list lengths fail the
 * call with `InputLengthsUnequal`.
 *
 * @example
 * batchCommitWeights(ctx, hotkey, [1, 2], [hashA, hashB]);
 */
export function batchCommitWeights(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  netuids: number[],
  hashes: Uint8Array[],
): void {
  ensure(netuids.length === hashes.length, 'InputLengthsUnequal');
  runBatch(
    ctx,
    hotkey,
    netuids.map((netuid, i) => [netuid, () => commitWeights(ctx, hotkey, netuid, hashes[i])]),
  );
}

/** One reveal of a batch: the weights and the hash they must match. */
interface Reveal {
  uids: number[];
  values: number[];
  versionKey: bigint;
  hash: Uint8Array;
}

const hex = (h: Uint8Array) => Buffer.from(h).toString('hex');

/**
 * `batch_reveal_weights(netuid, uids_list, values_list, salts_list, version_keys)`: reveals several CR-v2 commits
 * of one subnet. Every reveal is checked first (its commit unexpired and in its reveal epoch), then each commit is
 * removed and its weights set in list order; any failure fails the whole call. Emits `WeightsBatchRevealed`.
 *
 * @example
 * batchRevealWeights(ctx, hotkey, 1, [[0]], [[65535]], [[7]], [0n]);
 */
export function batchRevealWeights(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  netuid: number,
  lists: { uids: number[][]; values: number[][]; salts: number[][]; versionKeys: bigint[] },
): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  const n = lists.uids.length;
  ensure(
    n === lists.values.length && n === lists.salts.length && n === lists.versionKeys.length,
    'InputLengthsUnequal',
  );
  ensure(CommitRevealWeightsEnabled.get(state, netuid), 'CommitRevealDisabled');
  const stored = WeightCommits.get(state, netuid, hotkey);
  ensure(stored !== undefined, 'NoWeightsCommitFound');
  const commits: WeightCommit[] = [...stored];
  const expired = new Set<string>();
  while (commits.length > 0 && isExpired(state, netuid, commits[0][1], block)) {
    expired.add(hex(commits[0][0]));
    commits.shift();
  }
  const reveals: Reveal[] = lists.uids.map((uids, i) => ({
    uids,
    values: lists.values[i],
    versionKey: lists.versionKeys[i],
    hash: commitHash(hotkey, netuid, uids, lists.values[i], lists.salts[i], lists.versionKeys[i]),
  }));
  const epoch = currentEpochWithLookahead(state, netuid, block);
  const period = RevealPeriodEpochs.get(state, netuid);
  const find = (hash: Uint8Array) => commits.findIndex(([h]) => hex(h) === hex(hash));
  for (const { hash } of reveals) {
    const at = find(hash);
    if (at < 0) fail(expired.has(hex(hash)) ? 'ExpiredWeightCommit' : 'InvalidRevealCommitHashNotMatch');
    ensure(epoch === commits[at][1] + period, 'RevealTooEarly');
  }
  for (const { uids, values, versionKey, hash } of reveals) {
    const at = find(hash);
    if (at < 0) fail(expired.has(hex(hash)) ? 'ExpiredWeightCommit' : 'InvalidRevealCommitHashNotMatch');
    commits.splice(at, 1);
    setWeightsChecked(ctx, hotkey, netuid, uids, values, versionKey);
  }
  WeightCommits.set(state, netuid, hotkey, commits.length === 0 ? undefined : commits);
  deposit(ctx, 'WeightsBatchRevealed', [hotkey, netuid, reveals.map((r) => r.hash)]);
}
