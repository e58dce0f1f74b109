import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link getAutoStakeHotkeys}.
 *
 * @example
 * const parameters: GetAutoStakeHotkeysParameters = { coldkey: coldkey.address };
 */
export type GetAutoStakeHotkeysParameters = { coldkey: string } & ReadOptions;

/**
 * A coldkey's auto-stake destinations (`AutoStakeDestination`, btcli `stake auto`): netuid → hotkey, for the
 * subnets where one is set.
 *
 * @example
 * const destinations = await getAutoStakeHotkeys(client, { coldkey: coldkey.address });
 * destinations.get(1); // '5F…' or undefined
 */
export function getAutoStakeHotkeys(
  client: SubtensorClient,
  parameters: GetAutoStakeHotkeysParameters,
): Promise<ReadonlyMap<number, string>> {
  const coldkey = addressArgument('coldkey', parameters.coldkey);
  return readChain(
    client,
    'SubtensorModule.AutoStakeDestination',
    async (api) => {
      const entries = await api.query.subtensorModule.autoStakeDestination.entries(coldkey);
      const pairs = entries.map(([key, value]): [number, string] => [
        Number(key.args[1]?.toString()),
        value.toJSON() as string,
      ]);
      return new Map(pairs.sort(([a], [b]) => a - b));
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
