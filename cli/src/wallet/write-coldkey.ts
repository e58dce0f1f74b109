import type { Keypair } from '@subnetkit/sdk';
import type { CommandContext } from '../framework/subcommand.js';
import { newKeyEncryption } from './new-key-encryption.js';
import { reportWrittenKeys } from './report-written-keys.js';
import { storeKeys } from './store-keys.js';
import type { WalletLocation } from './wallet-location.js';

/**
 * Writes a coldkey encrypted as the options say (`--password-file`, `BT_PW_…`, typed twice, or `--no-password`),
 * with a hotkey when one is given, honouring `--overwrite`, then prints what was written.
 *
 * @example
 * await writeColdkey(context, walletLocation(options), { coldkey: newKey(options) }, { showMnemonic: true });
 */
export async function writeColdkey(
  context: CommandContext,
  location: WalletLocation,
  keys: { coldkey: Keypair; hotkey?: Keypair },
  report: { showMnemonic: boolean },
): Promise<void> {
  const { options, output } = context;
  const encryption = await newKeyEncryption(context, location.paths.coldkey);
  const { coldkey, hotkey } = keys;
  await output.progress(
    hotkey === undefined ? 'writing the coldkey' : 'writing keys',
    storeKeys(
      location,
      { coldkey: { keypair: coldkey, encryption }, ...(hotkey === undefined ? {} : { hotkey }) },
      { overwrite: options.flag('overwrite') },
    ),
  );
  reportWrittenKeys(output, location, keys, report);
}
