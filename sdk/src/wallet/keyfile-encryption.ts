import { SdkError } from '../errors/sdk-error.js';
import { decryptAnsibleVault, isAnsibleVault } from './ansible-vault.js';
import { decryptNacl, isNacl, type NaclSecret } from './nacl-encryption.js';

/**
 * How keyfile bytes are encrypted, named like Bittensor's `keyfile_data_encryption_method` (`none` = plaintext).
 *
 * @example
 * const method: KeyfileEncryption = keyfileEncryption(await readFile(paths.coldkey)); // 'NaCl'
 */
export type KeyfileEncryption = 'NaCl' | 'Ansible Vault' | 'legacy' | 'none';

/**
 * Detects how keyfile bytes are encrypted: `$NACL`, `$ANSIBLE_VAULT`, legacy Fernet (`gAAAAA`), or plaintext JSON.
 *
 * @example
 * if (keyfileEncryption(bytes) !== 'none') password = await resolvePassword({ ... });
 */
export function keyfileEncryption(data: Uint8Array): KeyfileEncryption {
  if (isNacl(data)) return 'NaCl';
  if (isAnsibleVault(data)) return 'Ansible Vault';
  if (Buffer.from(data.subarray(0, 6)).toString('latin1') === 'gAAAAA') return 'legacy';
  return 'none';
}

/**
 * Decrypts keyfile bytes whatever their format (`$NACL` or legacy `$ANSIBLE_VAULT`); plaintext passes through.
 * Fernet files (`gAAAAA`) are refused: Bittensor itself cannot decrypt them (its Rust code uses a random key).
 *
 * @example
 * const plaintext = decryptKeyfileData(bytes, { password });
 */
export function decryptKeyfileData(data: Uint8Array, secret: NaclSecret): Uint8Array {
  switch (keyfileEncryption(data)) {
    case 'NaCl':
      return decryptNacl(data, secret);
    case 'Ansible Vault':
      if (!('password' in secret)) {
        throw new SdkError(
          'SDK_PASSWORD_REQUIRED',
          'Ansible Vault keyfiles need the password, not a derived key.',
        );
      }
      return decryptAnsibleVault(data, secret);
    case 'legacy':
      throw new SdkError(
        'SDK_KEYFILE_UNSUPPORTED_ENCRYPTION',
        'Legacy Fernet keyfiles are not supported; regenerate the key from its mnemonic.',
      );
    case 'none':
      return data;
  }
}
