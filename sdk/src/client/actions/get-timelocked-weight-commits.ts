import { hexToU8a } from '@polkadot/util';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { ensureSubnet } from '../subnet-exists.js';
import { deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getTimelockedWeightCommits}.
 *
 * @example
 * const parameters: GetTimelockedWeightCommitsParameters = { netuid: 1 };
 */
export type GetTimelockedWeightCommitsParameters = { netuid: number } & ReadOptions;

/**
 * One CR-v4 commit waiting for its reveal.
 *
 * @example
 * const commit: TimelockedWeightCommit = (await getTimelockedWeightCommits(client, { netuid: 1 }))[0];
 */
export type TimelockedWeightCommit = {
  /** The committing hotkey (SS58). */
  readonly hotkey: string;
  /** The epoch it was committed in; the chain reveals it at this + `RevealPeriodEpochs`. */
  readonly epoch: bigint;
  readonly commitBlock: bigint;
  /** The drand round it is locked to. */
  readonly revealRound: bigint;
  /** The ciphertext's size in bytes. */
  readonly size: number;
};

/**
 * The unrevealed CR-v4 commits of `netuid` (`SubtensorModule.TimelockedWeightCommits`), oldest epoch first.
 *
 * @example
 * for (const c of await getTimelockedWeightCommits(client, { netuid: 1 })) console.log(c.hotkey, c.revealRound);
 */
export async function getTimelockedWeightCommits(
  client: SubtensorClient,
  parameters: GetTimelockedWeightCommitsParameters,
): Promise<TimelockedWeightCommit[]> {
  const netuid = u16Argument('netuid', parameters.netuid);
  return readChain(
    client,
    'SubtensorModule.TimelockedWeightCommits',
    async (api) => {
      await ensureSubnet(api, netuid);
      const entries = await api.query.subtensorModule.timelockedWeightCommits.entries(netuid);
      const commits = entries.flatMap(([key, value]) => {
        const epoch = BigInt(key.args[1]!.toString());
        const rows = value.toJSON() as [string, number, string, number][];
        return rows.map(([hotkey, block, commit, round]) => ({
          hotkey,
          epoch,
          commitBlock: BigInt(block),
          revealRound: BigInt(round),
          size: hexToU8a(commit).length,
        }));
      });
      return commits.sort((a, b) => (a.epoch < b.epoch ? -1 : a.epoch > b.epoch ? 1 : 0));
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
