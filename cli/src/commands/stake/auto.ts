import { getAutoStakeHotkeys } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit stake auto` (btcli `stake auto`): a coldkey's auto-stake destinations per subnet. */
export const stakeAuto: Subcommand = {
  options: [
    {
      name: 'ss58',
      type: 'string',
      placeholder: 'ADDRESS',
      description: "coldkey address (default: the wallet's)",
    },
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: ['subnetkit stake auto --wallet.name miner', 'subnetkit stake auto --ss58 5Grw… --json'],
  async run(context) {
    const { options, output } = context;
    const coldkey = options.string('ss58') ?? (await coldkeyAddress(walletLocation(options)));
    const client = await connectClient(context);
    const destinations = [...(await getAutoStakeHotkeys(client, { coldkey }))].map(([netuid, hotkey]) => ({
      netuid,
      hotkey,
    }));
    if (output.json) return output.printJson({ coldkey, destinations });
    if (destinations.length === 0) {
      output.line(`no auto-stake destination for ${coldkey}: incentive stays on the mining hotkeys`);
      return;
    }
    output.line(output.style('bold', `coldkey ${coldkey}`));
    output.table(
      [
        { header: 'netuid', value: (d) => String(d.netuid), align: 'right' },
        { header: 'auto-stake hotkey', value: (d) => d.hotkey },
      ],
      destinations,
    );
  },
};
