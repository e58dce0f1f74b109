import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';

/**
 * Parameters of {@link clearColdkeySwapAnnouncement}: the signer is the announcing coldkey.
 *
 * @example
 * const parameters: ClearColdkeySwapAnnouncementParameters = { signer: coldkey };
 */
export type ClearColdkeySwapAnnouncementParameters = SubmitOptions;

/**
 * Withdraws the signing coldkey's undisputed swap announcement (`SubtensorModule.clear_coldkey_swap_announcement`),
 * allowed `ColdkeySwapReannouncementDelay` blocks after the swap became possible.
 *
 * @example
 * await clearColdkeySwapAnnouncement(client, { signer: coldkey });
 */
export async function clearColdkeySwapAnnouncement(
  client: SubtensorClient,
  parameters: ClearColdkeySwapAnnouncementParameters,
): Promise<SubmitExtrinsicReturnType> {
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.clearColdkeySwapAnnouncement(),
  });
}
