import { existsSync } from 'node:fs';
import { type Keypair, type NaclSecret, writeKeyfile } from '@subnetkit/sdk';
import { CliError } from '../framework/cli-error.js';
import type { WalletLocation } from './wallet-location.js';

/**
 * Keys to write into a wallet. A coldkey needs its encryption (`null` = plaintext); a `coldkeypub` alone writes only
 * `coldkeypub.txt`. Hotkeys are written unencrypted, as Bittensor does, so daemons start unattended.
 *
 * @example
 * const keys: KeysToStore = { hotkey: createKeypair({ uri: '//Alice//hot' }) };
 */
export type KeysToStore = {
  coldkey?: { keypair: Keypair; encryption: NaclSecret | null };
  coldkeypub?: Keypair;
  hotkey?: Keypair;
};

/**
 * Writes keys and their public files (mode 0600). Every target is checked first, so an existing key stops the
 * command before anything is written (`CLI_WALLET_EXISTS`, fix: `--overwrite`).
 *
 * @example
 * await storeKeys(location, { coldkey: { keypair, encryption: null } }, { overwrite: false });
 */
export async function storeKeys(
  location: WalletLocation,
  keys: KeysToStore,
  options: { overwrite: boolean },
): Promise<void> {
  const { paths } = location;
  const writes: Parameters<typeof writeKeyfile>[0][] = [];
  if (keys.coldkey !== undefined) {
    const encrypt = keys.coldkey.encryption ?? undefined;
    writes.push({
      path: paths.coldkey,
      keypair: keys.coldkey.keypair,
      ...(encrypt === undefined ? {} : { encrypt }),
    });
  }
  const pub = keys.coldkey?.keypair ?? keys.coldkeypub;
  if (pub !== undefined) writes.push({ path: paths.coldkeypub, keypair: pub, publicOnly: true });
  if (keys.hotkey !== undefined) {
    writes.push({ path: paths.hotkey, keypair: keys.hotkey });
    writes.push({ path: paths.hotkeypub, keypair: keys.hotkey, publicOnly: true });
  }
  if (!options.overwrite) {
    const existing = writes.map((w) => w.path).filter((path) => existsSync(path));
    if (existing.length > 0) {
      throw new CliError(
        'CLI_WALLET_EXISTS',
        `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}`,
        {
          fix: 'pass --overwrite to replace (the old key is lost unless you have its mnemonic), or choose another --wallet.name/--wallet.hotkey',
        },
      );
    }
  }
  for (const write of writes) await writeKeyfile({ ...write, overwrite: true });
}
