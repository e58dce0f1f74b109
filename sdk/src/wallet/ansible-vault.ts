import { createDecipheriv, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { SdkError } from '../errors/sdk-error.js';

const HEADER = '$ANSIBLE_VAULT';

/**
 * Decrypts a legacy Bittensor keyfile in Ansible Vault 1.1 format (`$ANSIBLE_VAULT;1.1;AES256`): PBKDF2-SHA256
 * (10 000 iterations) of the password gives the AES-256-CTR key, the HMAC-SHA256 key and the counter; the HMAC is
 * checked before decrypting. Read-only: new keyfiles are written as `$NACL`.
 *
 * @example
 * const plaintext = decryptAnsibleVault(await readFile(oldColdkeyPath), { password });
 */
export function decryptAnsibleVault(data: Uint8Array, parameters: { password: string }): Uint8Array {
  const text = Buffer.from(data).toString('utf8');
  const lines = text.split(/\r?\n/);
  const header = lines[0].split(';');
  if (header[0] !== HEADER || header[2]?.trim() !== 'AES256' || !['1.1', '1.2'].includes(header[1] ?? '')) {
    throw new SdkError('SDK_KEYFILE_UNSUPPORTED_ENCRYPTION', 'Unsupported Ansible Vault header.', {
      details: lines[0],
    });
  }
  const inner = Buffer.from(lines.slice(1).join('').trim(), 'hex').toString('utf8').split('\n');
  if (inner.length !== 3) throw new SdkError('SDK_KEYFILE_MALFORMED', 'Malformed Ansible Vault body.');
  const [salt, hmac, ciphertext] = inner.map((part) => Buffer.from(part.trim(), 'hex'));
  const derived = pbkdf2Sync(parameters.password, salt, 10_000, 80, 'sha256');
  const cipherKey = derived.subarray(0, 32);
  const hmacKey = derived.subarray(32, 64);
  const counter = derived.subarray(64, 80);
  const expected = createHmac('sha256', hmacKey).update(ciphertext).digest();
  if (expected.length !== hmac.length || !timingSafeEqual(expected, hmac)) {
    throw new SdkError('SDK_WRONG_PASSWORD', 'Wrong password: the Ansible Vault keyfile does not decrypt.');
  }
  const decipher = createDecipheriv('aes-256-ctr', cipherKey, counter);
  const padded = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  const pad = padded[padded.length - 1];
  if (pad < 1 || pad > 16 || pad > padded.length)
    throw new SdkError('SDK_KEYFILE_MALFORMED', 'Bad vault padding.');
  return new Uint8Array(padded.subarray(0, padded.length - pad));
}

/** @internal */
export function isAnsibleVault(data: Uint8Array): boolean {
  return Buffer.from(data.subarray(0, HEADER.length)).toString('latin1') === HEADER;
}
