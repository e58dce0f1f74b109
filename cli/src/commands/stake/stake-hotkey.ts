import type { CommandOptions } from '../../framework/command-options.js';
import type { OptionSpec } from '../../framework/option-spec.js';
import { hotkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `--hotkey`: stake to another hotkey (e.g. a validator's) instead of the wallet's own. */
export const HOTKEY_OPTION: OptionSpec = {
  name: 'hotkey',
  type: 'string',
  placeholder: 'SS58',
  description: "hotkey to stake to (default: the wallet's --wallet.hotkey)",
};

/**
 * The hotkey a stake command acts on: `--hotkey` when given, else the wallet's hotkey.
 *
 * @example
 * const hotkey = await stakeHotkey(options);
 */
export async function stakeHotkey(options: CommandOptions): Promise<string> {
  return options.string('hotkey') ?? hotkeyAddress(walletLocation(options));
}
