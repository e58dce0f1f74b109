import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link getLockCost}.
 *
 * @example
 * const parameters: GetLockCostParameters = { deadlineMs: 5_000 };
 */
export type GetLockCostParameters = ReadOptions;

/**
 * The rao `registerSubnet` locks now (`SubnetRegistrationRuntimeApi.get_network_registration_cost`).
 *
 * @example
 * const lock = await getLockCost(client);
 * await registerSubnet(client, { signer: coldkey, hotkey, maxCost: lock });
 */
export async function getLockCost(
  client: SubtensorClient,
  parameters: GetLockCostParameters = {},
): Promise<bigint> {
  return readChain(
    client,
    'SubnetRegistrationRuntimeApi.get_network_registration_cost',
    async (api) => bigintOf(await api.call.subnetRegistrationRuntimeApi.getNetworkRegistrationCost()),
    deadlineArgument(parameters.deadlineMs),
  );
}
