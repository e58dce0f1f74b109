import { type WalletPaths, walletPaths } from '@subnetkit/sdk';
import type { CommandOptions } from '../framework/command-options.js';

/**
 * The wallet a command works on, from `--wallet.path`, `--wallet.name`, `--wallet.hotkey`, and its four file paths.
 *
 * @example
 * const { name, paths } = walletLocation(options);
 */
export type WalletLocation = { path: string; name: string; hotkey: string; paths: WalletPaths };

/** Reads the wallet flags into a {@link WalletLocation} (Bittensor's layout, `~` expanded). */
export function walletLocation(options: CommandOptions): WalletLocation {
  const path = options.requiredString('wallet.path');
  const name = options.requiredString('wallet.name');
  const hotkey = options.requiredString('wallet.hotkey');
  return { path, name, hotkey, paths: walletPaths({ path, name, hotkey }) };
}
