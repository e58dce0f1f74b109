import { u8aToHex } from '@polkadot/util';
import { SdkError } from '../../errors/sdk-error.js';
import { encryptWeightsCommit } from '../../weights/encrypt-weights-commit.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { toSigner } from '../polkadot-signer.js';
import { readChain } from '../read-chain.js';
import { readTimelockSchedule } from '../read-timelock-schedule.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument, u64Argument } from '../validate-arguments.js';
import { weightsForChain } from '../weights-arguments.js';

/**
 * Parameters of {@link commitTimelockedWeights}.
 *
 * @example
 * const parameters: CommitTimelockedWeightsParameters = { signer: hotkey, netuid: 1, uids: [0, 1], weights: [0.6, 0.4] };
 */
export type CommitTimelockedWeightsParameters = SubmitOptions & {
  netuid: number;
  uids: ArrayLike<number>;
  /** Float or u16 weights, max-upscaled to u16 like `setWeights`. */
  weights: ArrayLike<number>;
  /** Default 0. */
  versionKey?: bigint | number;
  /** Seconds per block to assume before the chain has stored any drand pulse. Default 12 (finney). */
  fallbackBlockTime?: number;
};

/**
 * What {@link commitTimelockedWeights} committed: where it landed, the drand round it is locked to and the block the
 * chain is expected to reveal it in (after which `Weights` hold the committed values).
 *
 * @example
 * const { revealRound, expectedRevealBlock } = await commitTimelockedWeights(client, { signer, netuid: 1, uids, weights });
 */
export type CommitTimelockedWeightsReturnType = SubmitExtrinsicReturnType & {
  readonly revealRound: bigint;
  readonly expectedRevealBlock: bigint;
  /** The first block of the reveal epoch. */
  readonly firstRevealBlock: bigint;
  readonly uids: readonly number[];
  /** The u16 values committed. */
  readonly values: readonly number[];
  readonly versionKey: bigint;
  /** The ciphertext submitted (`TLECiphertext` bytes, docs/drand.md). */
  readonly commit: `0x${string}`;
};

/**
 * Commits the signer's (a hotkey's) weights with commit-reveal v4 (`SubtensorModule.commit_timelocked_weights`):
 * encrypts them to the drand round the chain will have stored just after the reveal epoch starts (the beacon key
 * read from `Drand.BeaconConfig`), submits, and returns the round and the expected reveal block. The chain reveals
 * them itself; there is nothing to send later. A refusal throws a `ChainCallError` (`CommitRevealDisabled`,
 * `CommittingWeightsTooFast`, `TooManyUnrevealedCommits`, `InvalidRevealRound` …).
 *
 * @example
 * const commit = await commitTimelockedWeights(client, { signer: hotkey, netuid: 1, uids: [0, 1], weights: [0.6, 0.4] });
 * console.log(`revealed around block ${commit.expectedRevealBlock} (drand round ${commit.revealRound})`);
 */
export async function commitTimelockedWeights(
  client: SubtensorClient,
  parameters: CommitTimelockedWeightsParameters,
): Promise<CommitTimelockedWeightsReturnType> {
  const signer = toSigner(parameters.signer);
  const netuid = u16Argument('netuid', parameters.netuid);
  const versionKey = u64Argument('versionKey', parameters.versionKey ?? 0n);
  const { uids, values } = weightsForChain(parameters.uids, parameters.weights);
  const schedule = await readChain(
    client,
    'commit_timelocked_weights schedule',
    (api) =>
      readTimelockSchedule(api, {
        netuid,
        ...(parameters.fallbackBlockTime === undefined
          ? {}
          : { fallbackBlockTime: parameters.fallbackBlockTime }),
      }),
    parameters.deadlineMs,
  );
  if (schedule === undefined) {
    throw new SdkError(
      'SDK_NO_EPOCHS',
      `Subnet ${netuid} runs no epochs (tempo 0): a commit would never reveal.`,
    );
  }
  const commit = u8aToHex(
    encryptWeightsCommit({
      hotkey: signer.publicKey,
      uids,
      values,
      versionKey,
      revealRound: schedule.revealRound,
      publicKey: schedule.publicKey,
    }),
  );
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) =>
      api.tx.subtensorModule.commitTimelockedWeights(netuid, commit, schedule.revealRound, schedule.version),
  });
  return {
    ...result,
    revealRound: schedule.revealRound,
    expectedRevealBlock: schedule.expectedRevealBlock,
    firstRevealBlock: schedule.firstRevealBlock,
    uids,
    values,
    versionKey,
    commit,
  };
}
