import { associateHotkey, readChain } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { hotkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/**
 * `subnetkit wallet associate-hotkey` (btcli `wallet associate-hotkey`): makes the coldkey the owner of a hotkey no
 * coldkey owns yet (`try_associate_hotkey`); prints the hotkey's owner afterwards, which stays another coldkey when
 * the hotkey was already taken.
 */
export const walletAssociateHotkey: Subcommand = {
  options: [
    {
      name: 'hotkey-ss58',
      type: 'string',
      placeholder: 'SS58',
      description: "hotkey to associate (default: the wallet's --wallet.hotkey)",
    },
    ...SPENDING_OPTIONS,
  ],
  examples: ['subnetkit wallet associate-hotkey --wallet.name me --wallet.hotkey default --yes'],
  async run(context) {
    const { options, output } = context;
    const hotkey = options.string('hotkey-ss58') ?? (await hotkeyAddress(walletLocation(options)));
    const client = await connectClient(context);
    await spendFromColdkey(context, {
      summary: `Associate hotkey ${hotkey} with this coldkey?`,
      label: 'associating the hotkey',
      submit: (signer) => associateHotkey(client, { signer, hotkey }),
      hints: { hotkey },
    });
    const owner = await readChain(client, 'SubtensorModule.Owner', async (api) =>
      (await api.query.subtensorModule.owner(hotkey)).toString(),
    );
    if (output.json) return output.printJson({ hotkey, owner });
    output.line(`hotkey ${hotkey} is owned by ${owner}`);
  },
};
