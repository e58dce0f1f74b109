import { JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { newKey, OVERWRITE_OPTION, WORDS_OPTION } from '../../wallet/key-from-options.js';
import { reportWrittenKeys } from '../../wallet/report-written-keys.js';
import { storeKeys } from '../../wallet/store-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit wallet new-hotkey`: a new (unencrypted) hotkey in an existing wallet. */
export const walletNewHotkey: Subcommand = {
  options: [...WALLET_OPTIONS, WORDS_OPTION, OVERWRITE_OPTION, JSON_OPTION],
  examples: ['subnetkit wallet new-hotkey --wallet.name owner --wallet.hotkey miner1'],
  async run({ options, output }) {
    const location = walletLocation(options);
    const hotkey = newKey(options);
    await storeKeys(location, { hotkey }, { overwrite: options.flag('overwrite') });
    reportWrittenKeys(output, location, { hotkey }, { showMnemonic: true });
  },
};
