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

/** `subnetkit wallet new-coldkey`: a new coldkey only. */
export const walletNewColdkey: Subcommand = {
  options: [
    ...WALLET_OPTIONS,
    ...PASSWORD_OPTIONS,
    NO_PASSWORD_OPTION,
    WORDS_OPTION,
    OVERWRITE_OPTION,
    JSON_OPTION,
  ],
  examples: ['subnetkit wallet new-coldkey --wallet.name owner --n-words 24'],
  async run(context) {
    const { options } = context;
    const location = walletLocation(options);
    const coldkey = newKey(options);
    await writeColdkey(context, location, { coldkey }, { showMnemonic: true });
  },
};
