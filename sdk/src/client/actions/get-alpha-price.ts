import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getAlphaPrice}.
 *
 * @example
 * const parameters: GetAlphaPriceParameters = { netuid: 1 };
 */
export type GetAlphaPriceParameters = { netuid: number } & ReadOptions;

/**
 * A subnet's alpha price in rao of TAO per alpha (10^9 = 1 TAO; root and stable subnets are 10^9), from
 * `SwapRuntimeApi.current_alpha_price`.
 *
 * @example
 * const rao = await getAlphaPrice(client, { netuid: 1 }); // 1_000_000_000n at a 1:1 pool
 */
export async function getAlphaPrice(
  client: SubtensorClient,
  parameters: GetAlphaPriceParameters,
): Promise<bigint> {
  const netuid = u16Argument('netuid', parameters.netuid);
  return readChain(
    client,
    'SwapRuntimeApi.current_alpha_price',
    async (api) => bigintOf(await api.call.swapRuntimeApi.currentAlphaPrice(netuid)),
    deadlineArgument(parameters.deadlineMs),
  );
}
