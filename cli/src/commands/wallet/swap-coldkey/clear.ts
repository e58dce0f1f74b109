import { clearColdkeySwapAnnouncement } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { spendFromColdkey } from '../../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { coldkeyAddress } from '../../../wallet/load-keys.js';
import { walletLocation } from '../../../wallet/wallet-location.js';

/**
 * `subnetkit wallet swap-coldkey clear`: withdraws the coldkey's undisputed announcement, allowed
 * `ColdkeySwapReannouncementDelay` blocks after the swap became possible.
 */
export const swapColdkeyClear: Subcommand = {
  options: [...SPENDING_OPTIONS],
  examples: ['subnetkit wallet swap-coldkey clear --wallet.name me --yes'],
  async run(context) {
    const { options, output } = context;
    const coldkey = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    const { result } = await spendFromColdkey(context, {
      summary: `Withdraw the swap announcement of ${coldkey}?`,
      label: 'clearing the announcement',
      submit: (signer) => clearColdkeySwapAnnouncement(client, { signer }),
      hints: { coldkey },
    });
    if (output.json) return output.printJson({ coldkey, block: result.block });
    output.line(`cleared the swap announcement of ${coldkey} at block #${result.block}`);
  },
};
