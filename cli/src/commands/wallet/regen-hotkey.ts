import { JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { KEY_SOURCE_OPTIONS, keyFromOptions, OVERWRITE_OPTION } from '../../wallet/key-from-options.js';
import { reportWrittenKeys } from '../../wallet/report-written-keys.js';
import { storeKeys } from '../../wallet/store-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit wallet regen-hotkey`: restores a hotkey from its mnemonic, seed or (devnet) URI. */
export const walletRegenHotkey: Subcommand = {
  options: [...WALLET_OPTIONS, ...KEY_SOURCE_OPTIONS, OVERWRITE_OPTION, JSON_OPTION],
  examples: [
    'subnetkit wallet regen-hotkey --wallet.name owner --wallet.hotkey miner1 --mnemonic "word1 … word12"',
    'subnetkit wallet regen-hotkey --wallet.name alice --wallet.hotkey default --uri //Alice//hot',
  ],
  async run({ options, output }) {
    const location = walletLocation(options);
    const hotkey = keyFromOptions(options);
    await storeKeys(location, { hotkey }, { overwrite: options.flag('overwrite') });
    reportWrittenKeys(output, location, { hotkey }, { showMnemonic: false });
  },
};
