import { announceColdkeySwap, getColdkeySwapStatus } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { spendFromColdkey } from '../../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { coldkeyAddress } from '../../../wallet/load-keys.js';
import { walletLocation } from '../../../wallet/wallet-location.js';
import { NEW_COLDKEY_OPTION, newColdkeyAddress } from './new-coldkey-option.js';

/**
 * `subnetkit wallet swap-coldkey announce`: announces the hash of the new coldkey (the first announcement recycles
 * 0.1 TAO); the swap can run after `ColdkeySwapAnnouncementDelay` blocks, and until then the coldkey can make only
 * the swap calls.
 */
export const swapColdkeyAnnounce: Subcommand = {
  options: [NEW_COLDKEY_OPTION, ...SPENDING_OPTIONS],
  examples: [
    'subnetkit wallet swap-coldkey announce --wallet.name me --new-coldkey 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --yes',
  ],
  async run(context) {
    const { options, output } = context;
    const newColdkey = newColdkeyAddress(options);
    const coldkey = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    await spendFromColdkey(context, {
      summary: `Announce a swap of coldkey ${coldkey} to ${newColdkey} (τ0.1 recycled on the first announcement; until the swap this coldkey can make no other call)?`,
      label: 'announcing the coldkey swap',
      submit: (signer) => announceColdkeySwap(client, { signer, newColdkey }),
      hints: { coldkey },
    });
    const status = await getColdkeySwapStatus(client, { coldkey });
    const executableAt = status.announcement?.executableAt;
    if (output.json) return output.printJson({ coldkey, newColdkey, executableAt });
    output.line(
      `announced; run \`subnetkit wallet swap-coldkey execute --new-coldkey ${newColdkey}\` at block #${executableAt} or later`,
    );
  },
};
