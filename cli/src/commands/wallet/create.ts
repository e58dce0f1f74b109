import {
  JSON_OPTION,
  NO_PASSWORD_OPTION,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
} from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { newKey, OVERWRITE_OPTION, WORDS_OPTION } from '../../wallet/key-from-options.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { writeColdkey } from '../../wallet/write-coldkey.js';

/** `subnetkit wallet create`: a new coldkey (encrypted) and hotkey. */
export const walletCreate: Subcommand = {
  options: [
    ...WALLET_OPTIONS,
    ...PASSWORD_OPTIONS,
    NO_PASSWORD_OPTION,
    WORDS_OPTION,
    OVERWRITE_OPTION,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit wallet create --wallet.name owner --wallet.hotkey default',
    'subnetkit wallet create --wallet.name dev --no-password --json',
  ],
  async run(context) {
    const { options } = context;
    const location = walletLocation(options);
    const coldkey = newKey(options);
    const hotkey = newKey(options);
    await writeColdkey(context, location, { coldkey, hotkey }, { showMnemonic: true });
  },
};
