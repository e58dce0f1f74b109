import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link getDelegateTake}.
 *
 * @example
 * const parameters: GetDelegateTakeParameters = { hotkey: validator.address };
 */
export type GetDelegateTakeParameters = { hotkey: string } & ReadOptions;

/**
 * A hotkey's delegate take (`SubtensorModule.Delegates`), in parts of 65 535 (11 796 ≈ 18 % by default).
 *
 * @example
 * const take = await getDelegateTake(client, { hotkey: validator.address }); // 11796
 */
export async function getDelegateTake(
  client: SubtensorClient,
  parameters: GetDelegateTakeParameters,
): Promise<number> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  return readChain(
    client,
    'SubtensorModule.Delegates',
    async (api) => Number(bigintOf(await api.query.subtensorModule.delegates(hotkey))),
    deadlineArgument(parameters.deadlineMs),
  );
}
