import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument } from '../validate-arguments.js';

/**
 * The newest drand round whose pulse the chain has stored (`Drand.LastStoredRound`): commits to a round at or
 * after it are accepted, and the chain can reveal those locked to it or earlier.
 *
 * @example
 * const round = await getLastDrandRound(client);
 */
export async function getLastDrandRound(
  client: SubtensorClient,
  parameters: ReadOptions = {},
): Promise<bigint> {
  return readChain(
    client,
    'Drand.LastStoredRound',
    async (api) => bigintOf(await api.query.drand.lastStoredRound()),
    deadlineArgument(parameters.deadlineMs),
  );
}
