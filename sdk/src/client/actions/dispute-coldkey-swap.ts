import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';

/**
 * Parameters of {@link disputeColdkeySwap}: the signer is the coldkey whose announced swap is disputed.
 *
 * @example
 * const parameters: DisputeColdkeySwapParameters = { signer: coldkey };
 */
export type DisputeColdkeySwapParameters = SubmitOptions;

/**
 * Disputes the signing coldkey's announced swap (`SubtensorModule.dispute_coldkey_swap`): the coldkey can then make
 * no call until root resets it (`reset_coldkey_swap`).
 *
 * @example
 * await disputeColdkeySwap(client, { signer: coldkey });
 */
export async function disputeColdkeySwap(
  client: SubtensorClient,
  parameters: DisputeColdkeySwapParameters,
): Promise<SubmitExtrinsicReturnType> {
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.disputeColdkeySwap(),
  });
}
