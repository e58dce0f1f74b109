import {
  JSON_OPTION,
  NO_PASSWORD_OPTION,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
} from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { newKey, OVERWRITE_OPTION, WORDS_OPTION } from '../../wallet/key-from-options.js';
import { newKeyEncryption } from '../../wallet/new-key-encryption.js';
import { reportWrittenKeys } from '../../wallet/report-written-keys.js';
import { storeKeys } from '../../wallet/store-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit wallet new-coldkey`: a new coldkey only. */
export const walletNewColdkey: Subcommand = {
  name: 'new-coldkey',
  summary: 'create a new coldkey (encrypted) and print its mnemonic',
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
    const { options, output } = context;
    const location = walletLocation(options);
    const coldkey = newKey(options);
    const encryption = await newKeyEncryption(context, location.paths.coldkey);
    await output.progress(
      'writing the coldkey',
      storeKeys(
        location,
        { coldkey: { keypair: coldkey, encryption } },
        { overwrite: options.flag('overwrite') },
      ),
    );
    reportWrittenKeys(output, location, { coldkey }, { showMnemonic: true });
  },
};
