import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument, u64Argument } from '../validate-arguments.js';
import { saltArgument, weightsForChain } from '../weights-arguments.js';

/**
 * Parameters of {@link revealWeights}: the same uids, weights, salt and version key as the commit.
 *
 * @example
 * const parameters: RevealWeightsParameters = { signer: hotkey, netuid: 1, uids: [0, 1], weights: [0.6, 0.4], salt, versionKey: 0n };
 */
export type RevealWeightsParameters = SubmitOptions & {
  netuid: number;
  uids: ArrayLike<number>;
  /** The committed weights (floats or u16; converted exactly as `commitWeights` converted them). */
  weights: ArrayLike<number>;
  /** The salt the commit used. */
  salt: ArrayLike<number>;
  /** Default 0. */
  versionKey?: bigint | number;
};

/**
 * Reveals weights committed with {@link commitWeights} (`SubtensorModule.reveal_weights`); the chain recomputes
 * the hash and sets the weights. A refusal throws a `ChainCallError` (`RevealTooEarly`, `ExpiredWeightCommit`,
 * `InvalidRevealCommitHashNotMatch`, `NoWeightsCommitFound`, or a `set_weights` error).
 *
 * @example
 * const commit = await commitWeights(client, { signer: hotkey, netuid: 1, uids: [0, 1], weights: [0.6, 0.4] });
 * // … RevealPeriodEpochs epochs later:
 * await revealWeights(client, { signer: hotkey, netuid: 1, uids: commit.uids, weights: commit.values, salt: commit.salt });
 */
export async function revealWeights(
  client: SubtensorClient,
  parameters: RevealWeightsParameters,
): Promise<SubmitExtrinsicReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const versionKey = u64Argument('versionKey', parameters.versionKey ?? 0n);
  const { uids, values } = weightsForChain(parameters.uids, parameters.weights);
  const salt = saltArgument(parameters.salt);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.revealWeights(netuid, uids, values, salt, versionKey),
  });
}
