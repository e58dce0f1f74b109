import { connectClient } from '../../chain/connect-client.js';
import { readColdkeyStakes } from '../../chain/read-coldkey-stakes.js';
import { CHAIN_OPTIONS, JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit stake list`: a coldkey's stakes per hotkey and subnet. */
export const stakeList: Subcommand = {
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
  examples: ['subnetkit stake list --wallet.name owner', 'subnetkit stake list --ss58 5Grw… --json'],
  async run(context) {
    const { options, output } = context;
    const coldkey = options.string('ss58') ?? (await coldkeyAddress(walletLocation(options)));
    const client = await connectClient(context);
    const stakes = await readColdkeyStakes(client, coldkey);
    if (output.json) return output.printJson({ coldkey, stakes });
    if (stakes.length === 0) {
      output.line(`no stake for ${coldkey}`);
      return;
    }
    output.line(output.style('bold', `coldkey ${coldkey}`));
    output.table(
      [
        { header: 'netuid', value: (s) => String(s.netuid), align: 'right' },
        { header: 'hotkey', value: (s) => s.hotkey },
        { header: 'stake', value: (s) => formatTao(s.stake), align: 'right' },
      ],
      stakes,
    );
  },
};
