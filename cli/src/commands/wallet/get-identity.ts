import { getIdentity } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { CHAIN_OPTIONS, JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { CHAIN_IDENTITY_FLAGS, printIdentity } from '../identity/identity-flags.js';

/** `subnetkit wallet get-identity` (btcli `wallet get-identity`): the on-chain identity of the coldkey or of `--ss58`. */
export const walletGetIdentity: Subcommand = {
  options: [
    {
      name: 'ss58',
      type: 'string',
      placeholder: 'ADDRESS',
      description: 'a coldkey address instead of a wallet',
    },
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit wallet get-identity --wallet.name alice',
    'subnetkit wallet get-identity --ss58 5F… --json',
  ],
  async run(context) {
    const { options, output } = context;
    const coldkey = options.string('ss58') ?? (await coldkeyAddress(walletLocation(options)));
    const client = await connectClient(context);
    const identity = await getIdentity(client, { coldkey });
    if (output.json) return output.printJson({ coldkey, identity: identity ?? null });
    printIdentity(output, `identity of ${coldkey}`, identity, CHAIN_IDENTITY_FLAGS);
  },
};
