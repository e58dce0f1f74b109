import { disputeColdkeySwap } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { spendFromColdkey } from '../../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { coldkeyAddress } from '../../../wallet/load-keys.js';
import { walletLocation } from '../../../wallet/wallet-location.js';

/**
 * `subnetkit wallet swap-coldkey dispute`: disputes the coldkey's announced swap (someone else announced it): the
 * coldkey is frozen until root resets it.
 */
export const swapColdkeyDispute: Subcommand = {
  options: [...SPENDING_OPTIONS],
  examples: ['subnetkit wallet swap-coldkey dispute --wallet.name me --yes'],
  async run(context) {
    const { options, output } = context;
    const coldkey = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    const { result } = await spendFromColdkey(context, {
      summary: `Dispute the announced swap of ${coldkey}? The coldkey can make no call until root resets it.`,
      label: 'disputing the coldkey swap',
      submit: (signer) => disputeColdkeySwap(client, { signer }),
      hints: { coldkey },
    });
    if (output.json) return output.printJson({ coldkey, block: result.block });
    output.line(`disputed the swap of ${coldkey} at block #${result.block}`);
  },
};
