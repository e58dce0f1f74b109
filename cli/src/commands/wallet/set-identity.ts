import { EMPTY_CHAIN_IDENTITY, getIdentity, setIdentity } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { coldkeyAddress, hotkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { CHAIN_IDENTITY_FLAGS, printIdentity, requiredIdentity } from '../identity/identity-flags.js';

/**
 * `subnetkit wallet set-identity` (btcli `wallet set-identity`): the coldkey's on-chain identity (`set_identity`). Fields
 * not given keep their current value. The coldkey must own a hotkey registered on some subnet.
 */
export const walletSetIdentity: Subcommand = {
  options: [...CHAIN_IDENTITY_FLAGS.map(({ option }) => option), ...SPENDING_OPTIONS],
  examples: [
    'subnetkit wallet set-identity --name "Alice Labs" --web-url https://alice.example --wallet.name alice --yes',
  ],
  async run(context) {
    const { options, output } = context;
    const given = requiredIdentity(options, CHAIN_IDENTITY_FLAGS);
    const location = walletLocation(options);
    const coldkey = await coldkeyAddress(location);
    const hotkey = await hotkeyAddress(location);
    const client = await connectClient(context);
    const identity = { ...EMPTY_CHAIN_IDENTITY, ...(await getIdentity(client, { coldkey })), ...given };
    await spendFromColdkey(context, {
      summary: `Set the on-chain identity of ${coldkey} (name ${JSON.stringify(identity.name)})?`,
      label: 'setting the identity',
      submit: (signer) => setIdentity(client, { signer, identity }),
      hints: { hotkey, typed: options.typed(['wallet.name', 'wallet.path']) },
    });
    const stored = await getIdentity(client, { coldkey });
    if (output.json) return output.printJson({ coldkey, identity: stored ?? null });
    printIdentity(output, `identity of ${coldkey}`, stored, CHAIN_IDENTITY_FLAGS);
  },
};
