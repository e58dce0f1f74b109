import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readKeyfileAddress, walletPaths } from '@subnetkit/sdk/wallet-files';

/**
 * A wallet found on disk: its coldkey address (from `coldkeypub.txt`) and hotkeys; `null` where only an encrypted
 * file without a public twin exists.
 *
 * @example
 * const wallets: WalletSummary[] = await listWallets('/tmp/wallets');
 */
export type WalletSummary = {
  name: string;
  coldkey: string | null;
  hotkeys: { name: string; address: string | null }[];
};

/**
 * Lists the wallets under a wallets directory (Bittensor's layout), sorted by name; reads public data only, so no
 * password is needed. A missing directory is an empty list.
 *
 * @example
 * for (const w of await listWallets('~/.bittensor/wallets')) console.log(w.name, w.coldkey);
 */
export async function listWallets(path: string): Promise<WalletSummary[]> {
  // The directory itself, `~` expanded as the SDK does: <path>/<name>/coldkey, two levels up.
  const root = dirname(dirname(walletPaths({ path }).coldkey));
  if (!existsSync(root)) return [];
  const names = (await readdir(root, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const wallets: WalletSummary[] = [];
  for (const name of names) {
    const paths = walletPaths({ path, name });
    const hotkeysDir = dirname(paths.hotkey);
    const hotkeyNames = existsSync(hotkeysDir)
      ? (await readdir(hotkeysDir)).filter((file) => !file.endsWith('pub.txt')).sort()
      : [];
    const hotkeys = [];
    for (const hotkey of hotkeyNames) {
      const files = walletPaths({ path, name, hotkey });
      hotkeys.push({
        name: hotkey,
        address: (await publicAddress(files.hotkeypub)) ?? (await publicAddress(files.hotkey)),
      });
    }
    const coldkey = await publicAddress(paths.coldkeypub);
    if (coldkey !== null || hotkeys.length > 0 || existsSync(paths.coldkey))
      wallets.push({ name, coldkey, hotkeys });
  }
  return wallets;
}

/**
 * The address in an unencrypted keyfile, or null when absent, encrypted or unreadable. From the light SDK entry: no
 * crypto loads, so `subnetkit wallet list` starts at once.
 */
async function publicAddress(file: string): Promise<string | null> {
  if (!existsSync(file)) return null;
  try {
    return await readKeyfileAddress({ path: file });
  } catch {
    return null;
  }
}
