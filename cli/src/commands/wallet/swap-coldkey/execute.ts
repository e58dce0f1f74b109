import { swapColdkeyAnnounced } from '@subnetkit/sdk';
import { connectClient } from '../../../chain/connect-client.js';
import { spendFromColdkey } from '../../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../../framework/option-spec.js';
import type { Subcommand } from '../../../framework/subcommand.js';
import { coldkeyAddress } from '../../../wallet/load-keys.js';
import { walletLocation } from '../../../wallet/wallet-location.js';
import { NEW_COLDKEY_OPTION, newColdkeyAddress } from './new-coldkey-option.js';

/**
 * `subnetkit wallet swap-coldkey execute`: runs the announced swap once its delay has passed — subnets, hotkeys,
 * stake and the whole balance move to the new coldkey.
 */
export const swapColdkeyExecute: Subcommand = {
  options: [NEW_COLDKEY_OPTION, ...SPENDING_OPTIONS],
  examples: [
    'subnetkit wallet swap-coldkey execute --wallet.name me --new-coldkey 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --yes',
  ],
  async run(context) {
    const { options, output } = context;
    const newColdkey = newColdkeyAddress(options);
    const coldkey = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    const { result } = await spendFromColdkey(context, {
      summary: `Move every subnet, hotkey, stake and all TAO of ${coldkey} to ${newColdkey}?`,
      label: 'swapping the coldkey',
      submit: (signer) => swapColdkeyAnnounced(client, { signer, newColdkey }),
      hints: { coldkey },
    });
    if (output.json) return output.printJson({ coldkey, newColdkey, block: result.block });
    output.line(`swapped coldkey ${coldkey} to ${newColdkey} at block #${result.block}`);
  },
};
