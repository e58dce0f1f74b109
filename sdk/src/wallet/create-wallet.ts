import { generateMnemonic } from './generate-mnemonic.js';
import { writeKeyfile } from './keyfile-io.js';
import { createKeypair, type Keypair } from './keypair.js';
import type { NaclSecret } from './nacl-encryption.js';
import { type WalletPaths, type WalletPathsParameters, walletPaths } from './wallet-paths.js';

/**
 * Parameters of {@link createWallet}.
 *
 * @example
 * await createWallet({ path: '/srv/wallets', name: 'validator', hotkey: 'hk1', coldkeyEncryption: { password } } satisfies CreateWalletParameters);
 */
export type CreateWalletParameters = WalletPathsParameters & {
  /** Coldkey encryption (Bittensor encrypts the coldkey by default). `null` writes it in plaintext (devnets only). */
  coldkeyEncryption: NaclSecret | null;
  /** Hotkey encryption. @defaultValue null (plaintext, like Bittensor, so daemons start unattended) */
  hotkeyEncryption?: NaclSecret | null;
  /** Existing keys to store instead of generating them (e.g. regenerated from a mnemonic). */
  keys?: { coldkey?: Keypair; hotkey?: Keypair };
  /** Mnemonic length for generated keys. @defaultValue 12 */
  words?: 12 | 15 | 18 | 21 | 24;
  /** Replace existing files. @defaultValue false */
  overwrite?: boolean;
};

/**
 * Result of {@link createWallet}.
 *
 * @example
 * const { coldkey, paths }: CreateWalletReturnType = await createWallet({ path, coldkeyEncryption: { password } });
 * console.log(coldkey.mnemonic, paths.coldkey);
 */
export type CreateWalletReturnType = { coldkey: Keypair; hotkey: Keypair; paths: WalletPaths };

/**
 * Creates (or stores) a coldkey and a hotkey in Bittensor's wallet layout: `coldkey` (encrypted), `coldkeypub.txt`,
 * `hotkeys/<hotkey>` and `hotkeys/<hotkey>pub.txt`, all mode 0600. Show `coldkey.mnemonic` to the user once.
 *
 * @example
 * const { coldkey, hotkey } = await createWallet({ path: '/tmp/wallets', name: 'owner', coldkeyEncryption: { password } });
 */
export async function createWallet(parameters: CreateWalletParameters): Promise<CreateWalletReturnType> {
  const paths = walletPaths(parameters);
  const words = parameters.words ?? 12;
  const coldkey = parameters.keys?.coldkey ?? createKeypair({ mnemonic: generateMnemonic({ words }) });
  const hotkey = parameters.keys?.hotkey ?? createKeypair({ mnemonic: generateMnemonic({ words }) });
  const overwrite = parameters.overwrite ?? false;
  const coldEncrypt = parameters.coldkeyEncryption ? { encrypt: parameters.coldkeyEncryption } : {};
  const hotEncrypt = parameters.hotkeyEncryption ? { encrypt: parameters.hotkeyEncryption } : {};
  await writeKeyfile({ path: paths.coldkey, keypair: coldkey, ...coldEncrypt, overwrite });
  await writeKeyfile({ path: paths.coldkeypub, keypair: coldkey, publicOnly: true, overwrite });
  await writeKeyfile({ path: paths.hotkey, keypair: hotkey, ...hotEncrypt, overwrite });
  await writeKeyfile({ path: paths.hotkeypub, keypair: hotkey, publicOnly: true, overwrite });
  return { coldkey, hotkey, paths };
}
