import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link startCall}.
 *
 * @example
 * const parameters: StartCallParameters = { signer: ownerColdkey, netuid: 1 };
 */
export type StartCallParameters = SubmitOptions & { netuid: number };

/**
 * Starts emission on a subnet the signer owns (`SubtensorModule.start_call`, signed by the owner coldkey).
 *
 * @example
 * const { netuid } = await registerSubnet(client, { signer: coldkey, hotkey });
 * await startCall(client, { signer: coldkey, netuid });
 */
export async function startCall(
  client: SubtensorClient,
  parameters: StartCallParameters,
): Promise<SubmitExtrinsicReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  return submitExtrinsic(client, { ...parameters, call: (api) => api.tx.subtensorModule.startCall(netuid) });
}
