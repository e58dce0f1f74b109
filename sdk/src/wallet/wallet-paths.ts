import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Parameters of {@link walletPaths}. Defaults match Bittensor: `~/.bittensor/wallets`, `default`, `default`.
 *
 * @example
 * const paths = walletPaths({ path: '/srv/wallets', name: 'miner', hotkey: 'hk2' } satisfies WalletPathsParameters);
 */
export type WalletPathsParameters = {
  /** Wallets directory. @defaultValue `~/.bittensor/wallets` */
  path?: string;
  /** Wallet (coldkey) name. @defaultValue `default` */
  name?: string;
  /** Hotkey name. @defaultValue `default` */
  hotkey?: string;
};

/**
 * The four files of a Bittensor wallet.
 *
 * @example
 * const { coldkey, hotkey }: WalletPaths = walletPaths({ name: 'miner' });
 */
export type WalletPaths = {
  coldkey: string;
  coldkeypub: string;
  hotkey: string;
  hotkeypub: string;
};

/**
 * The Bittensor wallet layout: `<path>/<name>/{coldkey, coldkeypub.txt, hotkeys/<hotkey>, hotkeys/<hotkey>pub.txt}`.
 * A leading `~` in `path` is expanded, as Bittensor does (the `BT_PW_…` variable name is derived from the result).
 *
 * @example
 * const paths = walletPaths({ path: '/tmp/wallets', name: 'validator', hotkey: 'hk1' });
 * // paths.hotkey === '/tmp/wallets/validator/hotkeys/hk1'
 */
export function walletPaths(parameters: WalletPathsParameters = {}): WalletPaths {
  const base = expandTilde(parameters.path ?? '~/.bittensor/wallets');
  const wallet = join(base, parameters.name ?? 'default');
  const hotkey = parameters.hotkey ?? 'default';
  return {
    coldkey: join(wallet, 'coldkey'),
    coldkeypub: join(wallet, 'coldkeypub.txt'),
    hotkey: join(wallet, 'hotkeys', hotkey),
    hotkeypub: join(wallet, 'hotkeys', `${hotkey}pub.txt`),
  };
}

function expandTilde(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}
