import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link getStakeInfo}.
 *
 * @example
 * const parameters: GetStakeInfoParameters = { coldkey: me.address };
 */
export type GetStakeInfoParameters = { coldkey: string } & ReadOptions;

/**
 * One position of a coldkey: alpha on a hotkey in a subnet (TAO on netuid 0), in rao units.
 *
 * @example
 * const [first]: StakePosition[] = await getStakeInfo(client, { coldkey: me.address });
 */
export type StakePosition = {
  readonly hotkey: string;
  readonly netuid: number;
  readonly stake: bigint;
  /** The hotkey's alpha dividends of the subnet's last epoch. */
  readonly emission: bigint;
  readonly isRegistered: boolean;
};

type StakeInfoJson = {
  hotkey: string;
  netuid: number;
  stake: number | string;
  emission: number | string;
  isRegistered: boolean;
};

/**
 * Every non-zero stake of a coldkey (`StakeInfoRuntimeApi.get_stake_info_for_coldkey`), subnets in order.
 *
 * @example
 * for (const p of await getStakeInfo(client, { coldkey: me.address })) console.log(p.netuid, p.hotkey, p.stake);
 */
export async function getStakeInfo(
  client: SubtensorClient,
  parameters: GetStakeInfoParameters,
): Promise<StakePosition[]> {
  const coldkey = addressArgument('coldkey', parameters.coldkey);
  return readChain(
    client,
    'StakeInfoRuntimeApi.get_stake_info_for_coldkey',
    async (api) =>
      ((await api.call.stakeInfoRuntimeApi.getStakeInfoForColdkey(coldkey)).toJSON() as StakeInfoJson[]).map(
        (s) => ({
          hotkey: s.hotkey,
          netuid: s.netuid,
          stake: BigInt(s.stake),
          emission: BigInt(s.emission),
          isRegistered: s.isRegistered,
        }),
      ),
    deadlineArgument(parameters.deadlineMs),
  );
}
