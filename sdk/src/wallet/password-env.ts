import { sep } from 'node:path';

/**
 * The environment variable Bittensor reads a keyfile's password from: `BT_PW_` + the keyfile path (as given, `~`
 * not expanded) with path separators and dots replaced by `_`, upper-cased (`btwallet` `Keyfile.env_var_name`).
 *
 * @example
 * passwordEnvName('/home/me/.bittensor/wallets/default/coldkey');
 * // 'BT_PW__HOME_ME__BITTENSOR_WALLETS_DEFAULT_COLDKEY'
 */
export function passwordEnvName(keyfilePath: string, separator: string = sep): string {
  return `BT_PW_${keyfilePath.split(separator).join('_').replaceAll('.', '_').toUpperCase()}`;
}

/**
 * Encodes a password the way Bittensor's `save_password_to_env` stores it: base64 of the UTF-8 password XORed with
 * the variable's name (an obfuscation, not encryption). Export the result as the variable's value.
 *
 * @example
 * const name = passwordEnvName(path);
 * console.log(`export ${name}=${encodePasswordForEnv(name, password)}`);
 */
export function encodePasswordForEnv(envName: string, password: string): string {
  return Buffer.from(xor(Buffer.from(password, 'utf8'), Buffer.from(envName, 'utf8'))).toString('base64');
}

/**
 * Reads a keyfile password from an environment object (pass `process.env` at the edge; library code never reads it
 * itself), decoding Bittensor's XOR+base64 encoding. Returns `undefined` when the variable is absent.
 *
 * @example
 * const password = passwordFromEnv({ env: process.env, keyfilePath: paths.coldkey });
 */
export function passwordFromEnv(parameters: {
  env: Readonly<Record<string, string | undefined>>;
  keyfilePath: string;
}): string | undefined {
  const name = passwordEnvName(parameters.keyfilePath);
  const value = parameters.env[name];
  if (value === undefined || value === '') return undefined;
  return Buffer.from(xor(Buffer.from(value, 'base64'), Buffer.from(name, 'utf8'))).toString('utf8');
}

function xor(data: Uint8Array, key: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i] ^ key[i % key.length];
  return out;
}
