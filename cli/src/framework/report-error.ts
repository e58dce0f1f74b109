import { shortMessageOf } from '@subnetkit/errors';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';

/** Fixes for SDK, validator and chain-client error codes a CLI user can act on. */
const FIXES: Readonly<Record<string, string>> = {
  SDK_PASSWORD_REQUIRED:
    'pass --password-file FILE, set the BT_PW_… variable, or run in a terminal to be prompted',
  SDK_WRONG_PASSWORD: 'check the password; the keyfile was not changed',
  SDK_KEYFILE_NOT_FOUND:
    'check --wallet.name, --wallet.hotkey and --wallet.path, or run `subnetkit wallet list`',
  SDK_KEYFILE_EXISTS: 'pass --overwrite to replace it (the old key is lost unless you have its mnemonic)',
  SDK_INVALID_MNEMONIC: 'check the words and their order (12–24 BIP-39 words separated by spaces)',
  SDK_TX_PAYMENT:
    'fund the coldkey that signs (wallet, stake and subnet commands; a hotkey’s serve_axon and weights are free, as on subtensor): `subnetkit wallet transfer --dest ADDRESS --amount 1`',
  VALIDATOR_QUEUE_REDIS_UNAVAILABLE:
    'start Redis (`redis-server`, or `docker run -p 6379:6379 redis`) or pass --redis with the URL of the one the validator uses (a validator without --redis needs none)',
  SDK_PUBLIC_KEY_ONLY:
    'this wallet holds only the public key; regenerate the private key with `subnetkit wallet regen-coldkey`',
};

/**
 * Writes a failure to stderr as `error: <message>` plus `  fix: <what to do>` and returns the exit code: the
 * `CliError`'s own, 1 for any other error. Errors with a stable `code` (SDK, chain client) show it.
 *
 * @example
 * return reportError(io, error, 'subnetkit wallet balance');
 */
export function reportError(io: CliIo, error: unknown, command: string): number {
  if (error instanceof CliError) {
    write(io, command, error.shortMessage, error.fix);
    return error.exitCode;
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const message = shortMessageOf(error);
    if (typeof code === 'string' && /^[A-Z]+_[A-Z_]+$/.test(code)) {
      write(io, command, `${message} (${code})`, FIXES[code]);
    } else {
      write(io, command, message, undefined);
    }
    return 1;
  }
  write(io, command, String(error), undefined);
  return 1;
}

function write(io: CliIo, command: string, message: string, fix: string | undefined): void {
  io.stderr.write(`${command}: error: ${message}\n${fix === undefined ? '' : `  fix: ${fix}\n`}`);
}
