import sodium from 'libsodium-wrappers-sumo';
import { SdkError } from '../errors/sdk-error.js';

/**
 * Bittensor's fixed Argon2i salt (`btwallet` `NACL_SALT`).
 *
 * @example
 * u8aToHex(NACL_SALT); // '0x137183dff15a09bc9c90b5518739e9b1'
 */
export const NACL_SALT = Uint8Array.from(Buffer.from('137183dff15a09bc9c90b5518739e9b1', 'hex'));
/**
 * `crypto_pwhash_argon2i_OPSLIMIT_SENSITIVE`.
 *
 * @example
 * console.log(NACL_OPSLIMIT); // 8
 */
export const NACL_OPSLIMIT = 8;
/**
 * `crypto_pwhash_argon2i_MEMLIMIT_SENSITIVE` (512 MiB).
 *
 * @example
 * console.log(`Argon2i needs ${NACL_MEMLIMIT / 2 ** 20} MiB`); // 512
 */
export const NACL_MEMLIMIT = 536_870_912;

const PREFIX = new TextEncoder().encode('$NACL');
const NONCE_BYTES = 24;

/**
 * Derives the 32-byte `$NACL` keyfile key from a password: Argon2i v1.3 with Bittensor's fixed salt and libsodium's
 * SENSITIVE limits (8 passes, 512 MiB). Takes several seconds and 512 MiB by design; derive once and pass `key` to
 * {@link encryptNacl}/{@link decryptNacl} when handling several files with one password.
 *
 * @example
 * await cryptoReady();
 * const key = deriveNaclKey('correct horse battery staple');
 */
export function deriveNaclKey(password: string): Uint8Array {
  assertSodiumReady();
  return sodium.crypto_pwhash(
    32,
    new TextEncoder().encode(password),
    NACL_SALT,
    NACL_OPSLIMIT,
    NACL_MEMLIMIT,
    sodium.crypto_pwhash_ALG_ARGON2I13,
  );
}

/**
 * A password, or a key already derived with {@link deriveNaclKey}.
 *
 * @example
 * const secret: NaclSecret = { key: deriveNaclKey(password) };
 * const bytes = encryptNacl(plaintext, secret);
 */
export type NaclSecret = { password: string } | { key: Uint8Array };

/**
 * Encrypts keyfile bytes in Bittensor's `$NACL` format: `"$NACL" ‖ nonce(24) ‖ XSalsa20-Poly1305 secretbox`.
 * Requires {@link cryptoReady}.
 *
 * @example
 * const encrypted = encryptNacl(serializeKeyfileData(coldkey), { password });
 */
export function encryptNacl(data: Uint8Array, secret: NaclSecret): Uint8Array {
  assertSodiumReady();
  const key = 'key' in secret ? secret.key : deriveNaclKey(secret.password);
  const nonce = sodium.randombytes_buf(NONCE_BYTES);
  const box = sodium.crypto_secretbox_easy(data, nonce, key);
  const out = new Uint8Array(PREFIX.length + NONCE_BYTES + box.length);
  out.set(PREFIX, 0);
  out.set(nonce, PREFIX.length);
  out.set(box, PREFIX.length + NONCE_BYTES);
  return out;
}

/**
 * Decrypts `$NACL` keyfile bytes. Throws `SDK_WRONG_PASSWORD` when the secretbox does not open.
 * Requires {@link cryptoReady}.
 *
 * @example
 * const plaintext = decryptNacl(await readFile(coldkeyPath), { password });
 */
export function decryptNacl(data: Uint8Array, secret: NaclSecret): Uint8Array {
  assertSodiumReady();
  if (!isNacl(data) || data.length < PREFIX.length + NONCE_BYTES + sodium.crypto_secretbox_MACBYTES) {
    throw new SdkError('SDK_KEYFILE_MALFORMED', 'Not a $NACL keyfile.');
  }
  const key = 'key' in secret ? secret.key : deriveNaclKey(secret.password);
  const nonce = data.subarray(PREFIX.length, PREFIX.length + NONCE_BYTES);
  try {
    return sodium.crypto_secretbox_open_easy(data.subarray(PREFIX.length + NONCE_BYTES), nonce, key);
  } catch (cause) {
    throw new SdkError('SDK_WRONG_PASSWORD', 'Wrong password: the $NACL keyfile does not decrypt.', {
      cause,
    });
  }
}

/** @internal */
export function isNacl(data: Uint8Array): boolean {
  return PREFIX.every((byte, i) => data[i] === byte);
}

function assertSodiumReady(): void {
  // libsodium's functions exist only once its WebAssembly module has loaded.
  if (typeof sodium.crypto_secretbox_easy !== 'function') {
    throw new SdkError('SDK_CRYPTO_NOT_READY', 'libsodium is not loaded: await cryptoReady() first.');
  }
}
