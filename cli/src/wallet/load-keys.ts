import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Keypair, readKeyfile } from '@subnetkit/sdk';
import { CliError } from '../framework/cli-error.js';
import { didYouMean } from '../framework/did-you-mean.js';
import type { CommandContext } from '../framework/subcommand.js';
import { type WalletLocation, walletLocation } from './wallet-location.js';

/**
 * The wallet's coldkey address, from `coldkeypub.txt` (never needs a password).
 *
 * @example
 * const address = await coldkeyAddress(walletLocation(options));
 */
export async function coldkeyAddress(location: WalletLocation): Promise<string> {
  const { paths } = location;
  if (existsSync(paths.coldkeypub)) return (await readKeyfile({ path: paths.coldkeypub })).address;
  throw missingWallet(location, 'coldkey');
}

/**
 * The hotkey's address, from `<hotkey>pub.txt` or else the (unencrypted) hotkey file.
 *
 * @example
 * const hotkey = await hotkeyAddress(walletLocation(options));
 */
export async function hotkeyAddress(location: WalletLocation): Promise<string> {
  const { paths } = location;
  if (existsSync(paths.hotkeypub)) return (await readKeyfile({ path: paths.hotkeypub })).address;
  if (existsSync(paths.hotkey)) return (await readKeyfile({ path: paths.hotkey })).address;
  throw missingWallet(location, 'hotkey');
}

/**
 * Unlocks the wallet's coldkey for signing. The password comes from `--password-file`, Bittensor's `BT_PW_…`
 * variable, or a prompt with echo off when stdin is a TTY; the password itself is never printed or logged.
 *
 * @example
 * const coldkey = await unlockColdkey(context);
 */
export async function unlockColdkey(context: CommandContext): Promise<Keypair> {
  const location = walletLocation(context.options);
  if (!existsSync(location.paths.coldkey)) throw missingWallet(location, 'coldkey');
  return unlock(context, location.paths.coldkey);
}

/**
 * Loads the wallet's hotkey for signing (usually unencrypted; a password is asked as for the coldkey otherwise).
 *
 * @example
 * const hotkey = await unlockHotkey(context);
 */
export async function unlockHotkey(context: CommandContext): Promise<Keypair> {
  const location = walletLocation(context.options);
  if (!existsSync(location.paths.hotkey)) throw missingWallet(location, 'hotkey');
  return unlock(context, location.paths.hotkey);
}

async function unlock(context: CommandContext, path: string): Promise<Keypair> {
  const { io, options } = context;
  const passwordFile = options.string('password-file');
  const keypair = await readKeyfile({
    path,
    env: io.env,
    ...(passwordFile === undefined ? {} : { passwordFile }),
    ...(io.stdin.isTTY === true ? { prompt: { input: io.stdin, output: io.stderr } } : {}),
  });
  if (keypair.secretKey === undefined) {
    throw new CliError('CLI_WALLET_NOT_FOUND', `${path} holds only a public key`, {
      fix: 'regenerate the private key with `subnetkit wallet regen-coldkey --mnemonic "…"`',
    });
  }
  return keypair;
}

function missingWallet(location: WalletLocation, which: 'coldkey' | 'hotkey'): CliError {
  const walletDir = join(location.path, location.name);
  if (!existsSync(walletDir)) {
    const wallets = existsSync(location.path) ? readdirSync(location.path) : [];
    const meant = didYouMean(location.name, wallets);
    return new CliError('CLI_WALLET_NOT_FOUND', `no wallet named ${location.name} in ${location.path}`, {
      fix:
        meant === undefined
          ? `create it with \`subnetkit wallet create --wallet.name ${location.name}\`, see the wallets with \`subnetkit wallet list\`, or check --wallet.path`
          : `did you mean --wallet.name ${meant}? (see the wallets with \`subnetkit wallet list\`)`,
    });
  }
  const file = which === 'coldkey' ? location.paths.coldkeypub : location.paths.hotkey;
  const flags = `--wallet.name ${location.name}${which === 'hotkey' ? ` --wallet.hotkey ${location.hotkey}` : ''}`;
  return new CliError('CLI_WALLET_NOT_FOUND', `no ${which} at ${file}`, {
    fix: `create it with \`subnetkit wallet ${which === 'coldkey' ? 'create' : 'new-hotkey'} ${flags}\` (or regen-${which} from its mnemonic), or check --wallet.path`,
  });
}
