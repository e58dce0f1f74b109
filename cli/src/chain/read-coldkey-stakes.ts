import { getStakeInfo, type SubtensorClient } from '@subnetkit/sdk';

/**
 * A coldkey's stake on one hotkey and subnet, in alpha rao (TAO rao on netuid 0).
 *
 * @example
 * const { hotkey, netuid, stake }: StakeEntry = (await readColdkeyStakes(client, coldkey))[0];
 */
export type StakeEntry = { hotkey: string; netuid: number; stake: bigint };

/**
 * Every non-zero stake of `coldkey`, as the chain's `StakeInfoRuntimeApi` lists it (subnets in order, the hotkeys
 * of `StakingHotkeys` within each; the shares of both `AlphaV2` and legacy `Alpha`).
 *
 * @example
 * for (const s of await readColdkeyStakes(client, coldkeyAddress)) console.log(s.hotkey, s.netuid, s.stake);
 */
export async function readColdkeyStakes(client: SubtensorClient, coldkey: string): Promise<StakeEntry[]> {
  const positions = await getStakeInfo(client, { coldkey });
  return positions.map(({ hotkey, netuid, stake }) => ({ hotkey, netuid, stake }));
}
