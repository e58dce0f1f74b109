import { generateWeightHash } from '../../weights/generate-weight-hash.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { toSigner } from '../polkadot-signer.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument, u64Argument } from '../validate-arguments.js';
import { saltArgument, weightsForChain } from '../weights-arguments.js';

/**
 * Parameters of {@link commitWeights}.
 *
 * @example
 * const parameters: CommitWeightsParameters = { signer: hotkey, netuid: 1, uids: [0, 1], weights: [0.6, 0.4] };
 */
export type CommitWeightsParameters = SubmitOptions & {
  netuid: number;
  uids: ArrayLike<number>;
  /** Float or u16 weights, max-upscaled to u16 like `setWeights`. */
  weights: ArrayLike<number>;
  /** u16 salt words; 8 random words when omitted (returned, keep them for the reveal). */
  salt?: ArrayLike<number>;
  /** Default 0. */
  versionKey?: bigint | number;
};

/**
 * Result of {@link commitWeights}: the commit hash and everything `revealWeights` needs.
 *
 * @example
 * const commit: CommitWeightsReturnType = await commitWeights(client, { signer, netuid: 1, uids, weights });
 * await revealWeights(client, { signer, netuid: 1, uids: commit.uids, weights: commit.values, salt: commit.salt, versionKey: commit.versionKey });
 */
export type CommitWeightsReturnType = SubmitExtrinsicReturnType & {
  /** `generateWeightHash` of the committed values. */
  readonly hash: `0x${string}`;
  readonly uids: readonly number[];
  /** The u16 values committed. */
  readonly values: readonly number[];
  readonly salt: readonly number[];
  readonly versionKey: bigint;
};

/**
 * Commits a hash of the signer's (a hotkey's) weights on a commit-reveal subnet (`SubtensorModule.commit_weights`,
 * CR-v2). Reveal them with {@link revealWeights} in the epoch `RevealPeriodEpochs` later. A refusal throws a
 * `ChainCallError` (`CommitRevealDisabled`, `CommittingWeightsTooFast`, `TooManyUnrevealedCommits` …).
 *
 * @example
 * const commit = await commitWeights(client, { signer: hotkey, netuid: 1, uids: [0, 1], weights: [0.6, 0.4] });
 * console.log(commit.hash, commit.salt);
 */
export async function commitWeights(
  client: SubtensorClient,
  parameters: CommitWeightsParameters,
): Promise<CommitWeightsReturnType> {
  const signer = toSigner(parameters.signer);
  const netuid = u16Argument('netuid', parameters.netuid);
  const versionKey = u64Argument('versionKey', parameters.versionKey ?? 0n);
  const { uids, values } = weightsForChain(parameters.uids, parameters.weights);
  const salt = saltArgument(parameters.salt);
  const hash = generateWeightHash({ hotkey: signer.publicKey, netuid, uids, values, salt, versionKey });
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.commitWeights(netuid, hash),
  });
  return { ...result, hash, uids, values, salt, versionKey };
}
