import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument, u16Argument } from '../validate-arguments.js';
import type { RecycleAlphaParameters, RecycleAlphaReturnType } from './recycle-alpha.js';

/**
 * Burns alpha the signer (a coldkey) holds on `hotkey` in `netuid` (`SubtensorModule.burn_alpha`): it leaves
 * the stake but, unlike `recycleAlpha`, still counts in the subnet's outstanding alpha (`SubnetAlphaOut`).
 *
 * @example
 * const { alpha } = await burnAlpha(client, { signer: coldkey, hotkey, netuid: 1, amount: 10n ** 9n });
 */
export async function burnAlpha(
  client: SubtensorClient,
  parameters: RecycleAlphaParameters,
): Promise<RecycleAlphaReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  const amount = amountArgument('amount', parameters.amount);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.burnAlpha(hotkey, amount, netuid),
  });
  const [, , alpha] = eventData(result.events, 'SubtensorModule', 'AlphaBurned');
  return { ...result, alpha: BigInt(alpha as string | number) };
}
