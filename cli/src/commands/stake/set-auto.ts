import { setAutoStakeHotkey } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';

/**
 * `subnetkit stake set-auto` (btcli `stake set-auto`): the hotkey the coldkey's mining incentive on a subnet is
 * staked to (`set_coldkey_auto_stake_hotkey`).
 */
export const stakeSetAuto: Subcommand = {
  options: [
    NETUID_OPTION,
    {
      name: 'hotkey',
      type: 'string',
      placeholder: 'SS58',
      description: 'hotkey registered on the subnet to auto-stake to',
    },
    ...SPENDING_OPTIONS,
  ],
  examples: ['subnetkit stake set-auto --netuid 1 --hotkey 5F… --wallet.name miner --yes'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const hotkey = options.requiredString('hotkey', 'the hotkey to auto-stake to');
    const client = await connectClient(context);
    const { result } = await spendFromColdkey(context, {
      summary: `Auto-stake this coldkey's incentive on netuid ${netuid} to ${hotkey}?`,
      label: 'setting the auto-stake hotkey',
      submit: (signer) => setAutoStakeHotkey(client, { signer, netuid, hotkey }),
      hints: { netuid, hotkey },
    });
    if (output.json) return output.printJson({ netuid, hotkey, block: result.block });
    output.line(`incentive on netuid ${netuid} now auto-stakes to ${hotkey}`);
  },
};
