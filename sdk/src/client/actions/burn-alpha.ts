import type { SubtensorClient } from '../create-subtensor-client.js';
import { giveUpAlpha, type RecycleAlphaParameters, type RecycleAlphaReturnType } from './recycle-alpha.js';

/**
 * Burns alpha the signer (a coldkey) holds on `hotkey` in `netuid` (`SubtensorModule.burn_alpha`): it leaves
 * the stake but, unlike `recycleAlpha`, still counts in the subnet's outstanding alpha (`SubnetAlphaOut`).
 *
 * @example
 * const { alpha } = await burnAlpha(client, { signer: coldkey, hotkey, netuid: 1, amount: 10n ** 9n });
 */
export function burnAlpha(
  client: SubtensorClient,
  parameters: RecycleAlphaParameters,
): Promise<RecycleAlphaReturnType> {
  return giveUpAlpha(client, parameters, 'burnAlpha', 'AlphaBurned');
}
