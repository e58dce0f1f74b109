import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { ensureSubnet } from '../subnet-exists.js';
import { deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getBurnCost}.
 *
 * @example
 * const parameters: GetBurnCostParameters = { netuid: 1 };
 */
export type GetBurnCostParameters = { netuid: number } & ReadOptions;

/**
 * The rao a `burnedRegister` on `netuid` costs now (`SubtensorModule.Burn`). It rises after each registration and
 * decays every block. Throws `SDK_SUBNET_NOT_FOUND` for an unknown subnet.
 *
 * @example
 * const cost = await getBurnCost(client, { netuid: 1 });
 * await burnedRegister(client, { signer: coldkey, netuid: 1, hotkey, maxCost: cost });
 */
export async function getBurnCost(
  client: SubtensorClient,
  parameters: GetBurnCostParameters,
): Promise<bigint> {
  const netuid = u16Argument('netuid', parameters.netuid);
  return readChain(
    client,
    'SubtensorModule.Burn',
    async (api) => {
      await ensureSubnet(api, netuid);
      return bigintOf(await api.query.subtensorModule.burn(netuid));
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
