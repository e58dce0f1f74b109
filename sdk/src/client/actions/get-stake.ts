import type { Codec } from '@polkadot/types/types';
import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getStake}.
 *
 * @example
 * const parameters: GetStakeParameters = { hotkey: validator.address, netuid: 1, coldkey: owner.address };
 */
export type GetStakeParameters = {
  /** SS58 address of the hotkey staked to. */
  hotkey: string;
  netuid: number;
  /** Only this coldkey's part; the hotkey's whole stake when omitted. */
  coldkey?: string;
} & ReadOptions;

/** `Option<StakeInfo>` as @polkadot/api decodes it. */
type StakeInfoCodec = Codec & { isNone: boolean; unwrap(): Codec & { stake: Codec } };

/**
 * Alpha (in rao units) staked on `hotkey` in `netuid`: the hotkey's total (`TotalHotkeyAlpha`, the stake the epoch
 * uses) or one coldkey's share of it, as the chain computes it (`StakeInfoRuntimeApi`'s
 * `get_stake_info_for_hotkey_coldkey_netuid`, which reads the `AlphaV2` shares and any legacy `Alpha` ones).
 *
 * @example
 * const total = await getStake(client, { hotkey: validator.address, netuid: 1 });
 * const mine = await getStake(client, { hotkey: validator.address, netuid: 1, coldkey: me.address });
 */
export async function getStake(client: SubtensorClient, parameters: GetStakeParameters): Promise<bigint> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  const coldkey =
    parameters.coldkey === undefined ? undefined : addressArgument('coldkey', parameters.coldkey);
  return readChain(
    client,
    'SubtensorModule.TotalHotkeyAlpha',
    async (api) => {
      const q = api.query.subtensorModule;
      const total = bigintOf(await q.totalHotkeyAlpha(hotkey, netuid));
      if (coldkey === undefined || total === 0n) return total;
      const info = (await api.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
        hotkey,
        coldkey,
        netuid,
      )) as StakeInfoCodec;
      return info.isNone ? 0n : bigintOf(info.unwrap().stake);
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
