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

const bitsOf = (codec: Codec) => bigintOf((codec as Codec & { bits: Codec }).bits);

/**
 * Alpha (in rao units) staked on `hotkey` in `netuid`: the hotkey's total (`TotalHotkeyAlpha`, the stake the epoch
 * uses) or one coldkey's share of it (its `Alpha` shares × `TotalHotkeyAlpha` / `TotalHotkeyShares`, floored like
 * the chain).
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
      const [shares, totalShares] = await Promise.all([
        q.alpha(hotkey, coldkey, netuid),
        q.totalHotkeyShares(hotkey, netuid),
      ]);
      const all = bitsOf(totalShares);
      return all === 0n ? 0n : (bitsOf(shares) * total) / all;
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
