import { u8aToHex } from '@polkadot/util';
import { naclEncrypt } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { cryptoReady } from './crypto-ready.js';
import { deserializeKeyfileData } from './keyfile-data.js';
import { createKeypair } from './keypair.js';
import { decryptNacl, encryptNacl, NACL_SALT } from './nacl-encryption.js';

// Argon2i v1.3, t=8, m=512 MiB, p=1, 32 bytes, password "password", salt = Bittensor's NACL_SALT.
// Computed offline with two independent implementations (libsodium crypto_pwhash ARGON2I13 and
// @noble/hashes argon2i) which agree; the reference gives no vector of its own.
const PASSWORD_KEY = 'e0f0a46eb9cef9668809f83188345c0af9c9514a18a407709e1f34dd677a7363';

beforeAll(cryptoReady);

describe('$NACL keyfiles', () => {
  test('default: a $NACL keyfile built from the documented format (b"$NACL" ‖ nonce ‖ secretbox) decrypts with the password', () => {
    expect(u8aToHex(NACL_SALT)).toBe('0x137183dff15a09bc9c90b5518739e9b1');
    const alice = createKeypair({ seed: new Uint8Array(32).fill(42) });
    const plaintext = new TextEncoder().encode(
      JSON.stringify({
        accountId: u8aToHex(alice.publicKey),
        publicKey: u8aToHex(alice.publicKey),
        secretSeed: u8aToHex(alice.seed!),
        ss58Address: alice.address,
      }),
    );
    // Independent secretbox (tweetnacl via @polkadot/util-crypto) with the vector key.
    const key = Uint8Array.from(Buffer.from(PASSWORD_KEY, 'hex'));
    const nonce = new Uint8Array(24).fill(3);
    const { encrypted } = naclEncrypt(plaintext, key, nonce);
    const file = new Uint8Array([...new TextEncoder().encode('$NACL'), ...nonce, ...encrypted]);

    // This runs Argon2i once with the SENSITIVE limits: checks the KDF against the vector end to end.
    const decrypted = decryptNacl(file, { password: 'password' });
    expect(deserializeKeyfileData(decrypted).address).toBe(alice.address);
  });

  test('behavior: encryptNacl output opens with the same key and has a fresh nonce', () => {
    const key = Uint8Array.from(Buffer.from(PASSWORD_KEY, 'hex'));
    const data = new TextEncoder().encode('{"ss58Address":"x"}');
    const a = encryptNacl(data, { key });
    const b = encryptNacl(data, { key });
    expect(new TextDecoder().decode(a.subarray(0, 5))).toBe('$NACL');
    expect(u8aToHex(a)).not.toBe(u8aToHex(b));
    expect(decryptNacl(a, { key })).toEqual(data);
  });

  test('error: wrong key gives SDK_WRONG_PASSWORD; non-NACL data is malformed', () => {
    const a = encryptNacl(new Uint8Array([1]), { key: new Uint8Array(32).fill(1) });
    expect(() => decryptNacl(a, { key: new Uint8Array(32).fill(2) })).toThrowError(/Wrong password/);
    expect(() => decryptNacl(new Uint8Array([1, 2]), { key: new Uint8Array(32) })).toThrowError(
      /Not a \$NACL/,
    );
  });
});
