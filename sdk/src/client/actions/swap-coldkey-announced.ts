import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link swapColdkeyAnnounced}.
 *
 * @example
 * const parameters: SwapColdkeyAnnouncedParameters = { signer: coldkey, newColdkey: next.address };
 */
export type SwapColdkeyAnnouncedParameters = SubmitOptions & {
  /** SS58 address of the new coldkey, whose hash was announced. */
  newColdkey: string;
};

/**
 * Runs an announced coldkey swap once its delay has passed (`SubtensorModule.swap_coldkey_announced`): subnets,
 * hotkeys, stake and the whole balance move to `newColdkey`.
 *
 * @example
 * await swapColdkeyAnnounced(client, { signer: coldkey, newColdkey: next.address });
 */
export async function swapColdkeyAnnounced(
  client: SubtensorClient,
  parameters: SwapColdkeyAnnouncedParameters,
): Promise<SubmitExtrinsicReturnType> {
  const newColdkey = addressArgument('newColdkey', parameters.newColdkey);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.swapColdkeyAnnounced(newColdkey),
  });
}
