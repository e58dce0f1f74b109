import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { ensureSubnet } from '../subnet-exists.js';
import { deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getWeightsVersionKey}.
 *
 * @example
 * const parameters: GetWeightsVersionKeyParameters = { netuid: 1 };
 */
export type GetWeightsVersionKeyParameters = { netuid: number } & ReadOptions;

/**
 * The smallest `versionKey` `setWeights` accepts on `netuid` (`SubtensorModule.WeightsVersionKey`; 0 = any).
 * Subnet owners raise it to make validators upgrade.
 *
 * @example
 * const required = await getWeightsVersionKey(client, { netuid: 1 });
 * if (MY_VERSION < required) console.error(`upgrade: the subnet needs version ${required}`);
 */
export async function getWeightsVersionKey(
  client: SubtensorClient,
  parameters: GetWeightsVersionKeyParameters,
): Promise<bigint> {
  const netuid = u16Argument('netuid', parameters.netuid);
  return readChain(
    client,
    'SubtensorModule.WeightsVersionKey',
    async (api) => {
      await ensureSubnet(api, netuid);
      return bigintOf(await api.query.subtensorModule.weightsVersionKey(netuid));
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
