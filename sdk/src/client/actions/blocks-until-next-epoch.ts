import { SdkError } from '../../errors/sdk-error.js';
import { numberOf, optionOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link blocksUntilNextEpoch}.
 *
 * @example
 * const parameters: BlocksUntilNextEpochParameters = { netuid: 1 };
 */
export type BlocksUntilNextEpochParameters = { netuid: number } & ReadOptions;

/**
 * Blocks from the best block until `netuid`'s next epoch runs (`SubnetInfoRuntimeApi.get_next_epoch_start_block`
 * minus the best block, at least 0). Schedule validator rounds from this rather than from wall-clock time.
 * Throws `SDK_SUBNET_NOT_FOUND` for an unknown subnet.
 *
 * @example
 * const blocks = await blocksUntilNextEpoch(client, { netuid: 1 });
 * const { number } = await getBlock(client);
 * await waitForBlock(client, { block: number + blocks, deadlineMs: (blocks + 2) * 12_000 });
 */
export async function blocksUntilNextEpoch(
  client: SubtensorClient,
  parameters: BlocksUntilNextEpochParameters,
): Promise<number> {
  const netuid = u16Argument('netuid', parameters.netuid);
  return readChain(
    client,
    'SubnetInfoRuntimeApi.get_next_epoch_start_block',
    async (api) => {
      const [header, next] = await Promise.all([
        api.rpc.chain.getHeader(),
        api.call.subnetInfoRuntimeApi.getNextEpochStartBlock(netuid),
      ]);
      const start = optionOf(next);
      if (start === undefined) throw new SdkError('SDK_SUBNET_NOT_FOUND', `Subnet ${netuid} does not exist.`);
      return Math.max(0, numberOf(start) - header.number.toNumber());
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
