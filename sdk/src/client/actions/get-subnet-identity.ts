import { optionOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { decodeSubnetIdentity, type SubnetIdentity } from '../identities.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getSubnetIdentity}.
 *
 * @example
 * const parameters: GetSubnetIdentityParameters = { netuid: 1 };
 */
export type GetSubnetIdentityParameters = { netuid: number } & ReadOptions;

/**
 * A subnet's identity (`SubtensorModule.SubnetIdentitiesV3`), or `undefined` when its owner set none (its name is
 * then the chain's default name for the netuid, which `getSubnets` reports).
 *
 * @example
 * const identity = await getSubnetIdentity(client, { netuid: 1 });
 * console.log(identity?.subnetName);
 */
export async function getSubnetIdentity(
  client: SubtensorClient,
  parameters: GetSubnetIdentityParameters,
): Promise<SubnetIdentity | undefined> {
  const netuid = u16Argument('netuid', parameters.netuid);
  return readChain(
    client,
    'SubtensorModule.SubnetIdentitiesV3',
    async (api) => {
      const stored = optionOf(await api.query.subtensorModule.subnetIdentitiesV3(netuid));
      return stored === undefined ? undefined : decodeSubnetIdentity(stored);
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
