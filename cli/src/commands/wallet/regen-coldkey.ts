import {
  JSON_OPTION,
  NO_PASSWORD_OPTION,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
} from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { KEY_SOURCE_OPTIONS, keyFromOptions, OVERWRITE_OPTION } from '../../wallet/key-from-options.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { writeColdkey } from '../../wallet/write-coldkey.js';

/** `subnetkit wallet regen-coldkey`: restores a coldkey from its mnemonic, seed or (devnet) URI. */
export const walletRegenColdkey: Subcommand = {
  options: [
    ...WALLET_OPTIONS,
    ...KEY_SOURCE_OPTIONS,
    ...PASSWORD_OPTIONS,
    NO_PASSWORD_OPTION,
    OVERWRITE_OPTION,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit wallet regen-coldkey --wallet.name owner --mnemonic "word1 word2 … word12"',
    'subnetkit wallet regen-coldkey --wallet.name alice --uri //Alice --no-password',
  ],
  async run(context) {
    const { options } = context;
    const location = walletLocation(options);
    const coldkey = keyFromOptions(options);
    await writeColdkey(context, location, { coldkey }, { showMnemonic: false });
  },
};
