import { getStake, getSubnets, type SubtensorClient } from '@subnetkit/sdk';

/**
 * A coldkey's stake on one hotkey and subnet, in alpha rao (TAO rao on netuid 0).
 *
 * @example
 * const { hotkey, netuid, stake }: StakeEntry = (await readColdkeyStakes(client, coldkey))[0];
 */
export type StakeEntry = { hotkey: string; netuid: number; stake: bigint };

/**
 * Every non-zero stake of `coldkey`, over the hotkeys it stakes to and the subnets that exist. The hotkeys come
 * from `SubtensorModule.StakingHotkeys`, read through `client.api` because the SDK has no action for it (yet); the
 * amounts from the SDK's `getStake`.
 *
 * @example
 * for (const s of await readColdkeyStakes(client, coldkeyAddress)) console.log(s.hotkey, s.netuid, s.stake);
 */
export async function readColdkeyStakes(client: SubtensorClient, coldkey: string): Promise<StakeEntry[]> {
  const [staking, subnets] = await Promise.all([
    client.api.query.subtensorModule!.stakingHotkeys!(coldkey),
    getSubnets(client),
  ]);
  const hotkeys = (staking.toJSON() as string[]).map(String);
  const pairs = hotkeys.flatMap((hotkey) => subnets.map(({ netuid }) => ({ hotkey, netuid })));
  const stakes = await Promise.all(pairs.map((pair) => getStake(client, { ...pair, coldkey })));
  return pairs.map((pair, i) => ({ ...pair, stake: stakes[i]! })).filter((entry) => entry.stake > 0n);
}
