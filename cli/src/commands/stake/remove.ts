import { getStake, removeStake } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { CliError } from '../../framework/cli-error.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { HOTKEY_OPTION, stakeHotkey } from './stake-hotkey.js';

/** `subnetkit stake remove`: unstakes alpha from a hotkey on a subnet back to the coldkey as TAO. */
export const stakeRemove: Subcommand = {
  options: [
    NETUID_OPTION,
    { name: 'amount', type: 'string', placeholder: 'ALPHA', description: 'alpha to unstake, e.g. 5' },
    {
      name: 'all',
      type: 'boolean',
      description: 'unstake everything this coldkey has on the hotkey and subnet',
    },
    HOTKEY_OPTION,
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit stake remove --netuid 1 --amount 5 --wallet.name owner --yes',
    'subnetkit stake remove --netuid 1 --all --wallet.name owner --yes',
  ],
  async run(context) {
    const { output, options } = context;
    const netuid = options.netuid();
    const all = options.flag('all');
    if (all === options.has('amount'))
      throw new CliError('CLI_USAGE', 'give exactly one of --amount and --all');
    const requested = all ? undefined : options.rao('amount');
    const hotkey = await stakeHotkey(options);
    const client = await connectClient(context);
    const owner = await coldkeyAddress(walletLocation(options));
    const have = await getStake(client, { hotkey, netuid, coldkey: owner });
    const amount = requested ?? have;
    if (have === 0n || amount > have) {
      throw new CliError(
        'CLI_INSUFFICIENT_STAKE',
        `you have ${formatTao(have)} alpha staked to ${hotkey} on netuid ${netuid}`,
        {
          fix:
            have === 0n
              ? 'see your stakes with `subnetkit stake list`'
              : `unstake at most ${formatTao(have)} (or pass --all)`,
        },
      );
    }
    const { coldkey, result } = await spendFromColdkey(context, {
      summary: `Unstake ${formatTao(amount)} alpha from ${hotkey} on netuid ${netuid}?`,
      label: `unstaking on netuid ${netuid}`,
      submit: (signer) => removeStake(client, { signer, hotkey, netuid, amount }),
      hints: { netuid, hotkey },
    });
    const stake = await getStake(client, { hotkey, netuid, coldkey: coldkey.address });
    if (output.json) {
      return output.printJson({
        netuid,
        hotkey,
        coldkey: coldkey.address,
        amount,
        tao: result.tao,
        stake,
        block: result.block,
      });
    }
    output.line(
      `unstaked ${formatTao(amount)} alpha → ${formatTao(result.tao, { symbol: true })}; remaining stake ${formatTao(stake)}`,
    );
  },
};
