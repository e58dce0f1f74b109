import { getLastDrandRound, getTimelockedWeightCommits } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { explainChainError } from '../../chain/explain-chain-error.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { shortAddress } from '../../output/short-address.js';

/** `subnetkit weights pending`: the subnet's CR-v4 commits the chain has not revealed yet, with their drand rounds. */
export const weightsPending: Subcommand = {
  options: [NETUID_OPTION, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit weights pending --netuid 1', 'subnetkit weights pending --netuid 1 --json'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const client = await connectClient(context);
    let commits: Awaited<ReturnType<typeof getTimelockedWeightCommits>>;
    let lastRound: bigint;
    try {
      [commits, lastRound] = await Promise.all([
        getTimelockedWeightCommits(client, { netuid }),
        getLastDrandRound(client),
      ]);
    } catch (error) {
      throw explainChainError(error, { netuid });
    }
    if (output.json) return output.printJson({ netuid, lastDrandRound: lastRound, commits });
    output.line(
      `netuid ${netuid}: ${commits.length} unrevealed CR-v4 commits; last drand round on chain ${lastRound}`,
    );
    if (commits.length === 0) return;
    output.table(
      [
        { header: 'hotkey', value: (c) => shortAddress(c.hotkey) },
        { header: 'epoch', value: (c) => String(c.epoch), align: 'right' },
        { header: 'committed', value: (c) => `#${c.commitBlock}`, align: 'right' },
        { header: 'reveal round', value: (c) => String(c.revealRound), align: 'right' },
        { header: 'pulse', value: (c) => (c.revealRound <= lastRound ? 'on chain' : 'waiting') },
        { header: 'bytes', value: (c) => String(c.size), align: 'right' },
      ],
      commits,
    );
  },
};
