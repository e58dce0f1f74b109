import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SdkError } from '../errors/sdk-error.js';
import { cryptoReady } from './crypto-ready.js';
import { deserializeKeyfileData, serializeKeyfileData } from './keyfile-data.js';
import { decryptKeyfileData, keyfileEncryption } from './keyfile-encryption.js';
import type { Keypair } from './keypair.js';
import { encryptNacl, type NaclSecret } from './nacl-encryption.js';
import { readKeyfileBytes } from './read-keyfile-bytes.js';
import { type PasswordSource, resolvePassword } from './resolve-password.js';

/**
 * Parameters of {@link writeKeyfile}.
 *
 * @example
 * await writeKeyfile({ path: paths.hotkey, keypair, overwrite: true } satisfies WriteKeyfileParameters);
 */
export type WriteKeyfileParameters = {
  /** Keyfile path; parent directories are created (mode 0700). */
  path: string;
  keypair: Keypair;
  /** Encrypt as `$NACL` with this password or pre-derived key; plaintext JSON when absent. */
  encrypt?: NaclSecret;
  /** Write only the public fields (for `coldkeypub.txt` / `<hotkey>pub.txt`). */
  publicOnly?: boolean;
  /** Replace an existing file. @defaultValue false */
  overwrite?: boolean;
};

/**
 * Writes a Bittensor keyfile with mode 0600: plaintext JSON, public-only JSON, or `$NACL`-encrypted.
 * Refuses to replace an existing file unless `overwrite` (`SDK_KEYFILE_EXISTS`).
 *
 * @example
 * await writeKeyfile({ path: paths.coldkey, keypair: coldkey, encrypt: { password } });
 * await writeKeyfile({ path: paths.coldkeypub, keypair: coldkey, publicOnly: true });
 */
export async function writeKeyfile(parameters: WriteKeyfileParameters): Promise<void> {
  if (parameters.encrypt !== undefined) await cryptoReady();
  const plaintext = serializeKeyfileData(parameters.keypair, { publicOnly: parameters.publicOnly ?? false });
  const data = parameters.encrypt === undefined ? plaintext : encryptNacl(plaintext, parameters.encrypt);
  await mkdir(dirname(parameters.path), { recursive: true, mode: 0o700 });
  try {
    await writeFile(parameters.path, data, { mode: 0o600, flag: parameters.overwrite ? 'w' : 'wx' });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new SdkError(
        'SDK_KEYFILE_EXISTS',
        `Keyfile ${parameters.path} exists; pass overwrite: true to replace it.`,
      );
    }
    throw cause;
  }
  await chmod(parameters.path, 0o600);
}

/**
 * Parameters of {@link readKeyfile}: the path plus where the password may come from if the file is encrypted.
 *
 * @example
 * const hotkey = await readKeyfile({ path: paths.hotkey } satisfies ReadKeyfileParameters);
 */
export type ReadKeyfileParameters = Omit<PasswordSource, 'keyfilePath'> & {
  path: string;
  /** A key from `deriveNaclKey`, used instead of a password for `$NACL` files. */
  key?: Uint8Array;
};

/**
 * Reads a Bittensor keyfile (plaintext, `$NACL` or legacy `$ANSIBLE_VAULT`) into a key pair. For encrypted files the
 * password comes from `key`, `password`, `passwordFile`, the `BT_PW_…` variable in `env`, or a TTY `prompt`.
 *
 * @example
 * const hotkey = await readKeyfile({ path: walletPaths({ name: 'miner' }).hotkey });
 * const coldkey = await readKeyfile({ path: paths.coldkey, env: process.env });
 */
export async function readKeyfile(parameters: ReadKeyfileParameters): Promise<Keypair> {
  let data = await readKeyfileBytes(parameters.path);
  if (keyfileEncryption(data) !== 'none') {
    // The prompt (when there is one) shows while the crypto loads, not after it.
    const [secret] = await Promise.all([
      parameters.key !== undefined && keyfileEncryption(data) === 'NaCl'
        ? ({ key: parameters.key } satisfies NaclSecret)
        : resolvePassword({ ...parameters, keyfilePath: parameters.path }).then(
            (password): NaclSecret => ({ password }),
          ),
      cryptoReady(),
    ]);
    data = decryptKeyfileData(data, secret);
  }
  return deserializeKeyfileData(data);
}
