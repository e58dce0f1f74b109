import { numberOf, optionOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getUid} and {@link isHotkeyRegistered}.
 *
 * @example
 * const parameters: GetUidParameters = { netuid: 1, hotkey: signer.address };
 */
export type GetUidParameters = {
  netuid: number;
  /** SS58 address of the hotkey. */
  hotkey: string;
} & ReadOptions;

/**
 * The uid of `hotkey` on `netuid` (`SubtensorModule.Uids`), or `undefined` when it is not registered there.
 *
 * @example
 * const uid = await getUid(client, { netuid: 1, hotkey: signer.address });
 * if (uid === undefined) console.log('register first');
 */
export async function getUid(
  client: SubtensorClient,
  parameters: GetUidParameters,
): Promise<number | undefined> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const uid = await readChain(
    client,
    'SubtensorModule.Uids',
    (api) => api.query.subtensorModule.uids(netuid, hotkey),
    deadlineArgument(parameters.deadlineMs),
  );
  const value = optionOf(uid);
  return value === undefined ? undefined : numberOf(value);
}

/**
 * Whether `hotkey` holds a uid on `netuid`.
 *
 * @example
 * if (!(await isHotkeyRegistered(client, { netuid: 1, hotkey }))) await burnedRegister(client, { signer: coldkey, netuid: 1, hotkey });
 */
export async function isHotkeyRegistered(
  client: SubtensorClient,
  parameters: GetUidParameters,
): Promise<boolean> {
  return (await getUid(client, parameters)) !== undefined;
}
