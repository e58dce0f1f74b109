import { createCipheriv, randomBytes } from 'node:crypto';
import { hexToU8a } from '@polkadot/util';
import { bls, decodePoint, roundPoint } from './bls.js';
import { DrandError } from './drand-error.js';
import { h2, h3, h4, xor } from './ibe-hashes.js';
import { encodeTleCiphertext } from './tle-ciphertext.js';

/** What `tle` writes as the cipher suite of an AES-GCM body. */
const AES_GCM_SUITE = new TextEncoder().encode('AES_GCM_');

/** The arguments of `timelockEncrypt`. */
export type TimelockEncryptParameters = {
  /** The bytes to hide. */
  readonly plaintext: Uint8Array;
  /** The drand round whose signature will decrypt them. */
  readonly round: bigint;
  /** The beacon's public key: compressed G2 (96 bytes, or its hex). */
  readonly publicKey: Uint8Array | string;
};

/**
 * Timelock-encrypts `plaintext` to a drand round, byte-compatible with the Rust `tle` crate (`tle::<TinyBLS381,
 * AESGCMStreamCipherProvider>` then `serialize_compressed`), i.e. with `bittensor-drand` and subtensor's reveal:
 * a random AES-256-GCM key encrypts the plaintext, and Boneh–Franklin IBE (FullIdent) to the identity
 * `sha256(round)` hides the key. Only the beacon's signature of that round decrypts it.
 *
 * @throws {DrandError} `DRAND_INVALID_PUBLIC_KEY` when the key is not a valid compressed G2 point.
 * @example
 * import { QUICKNET, timelockEncrypt } from '@subnetkit/drand';
 * const ct = timelockEncrypt({ plaintext: new Uint8Array([1, 2, 3]), round: 1000n, publicKey: QUICKNET.publicKey });
 */
export function timelockEncrypt({ plaintext, round, publicKey }: TimelockEncryptParameters): Uint8Array {
  const keyBytes = typeof publicKey === 'string' ? hexToU8a(publicKey) : publicKey;
  const pk = decodePoint(bls.G2.Point.fromBytes, keyBytes);
  if (pk === undefined || pk.is0()) {
    throw new DrandError('DRAND_INVALID_PUBLIC_KEY', 'The beacon public key is not a compressed G2 point.', {
      details: `${keyBytes.length} bytes`,
    });
  }
  const key = new Uint8Array(randomBytes(32));
  const sigma = new Uint8Array(randomBytes(32));
  const r = h3(sigma, key);
  const gId = bls.pairing(roundPoint(round), pk.multiply(r));
  const nonce = new Uint8Array(randomBytes(12));
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = new Uint8Array(Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]));
  return encodeTleCiphertext({
    u: bls.G2.Point.BASE.multiply(r).toBytes(true),
    v: xor(sigma, h2(gId)),
    w: xor(key, h4(sigma)),
    body,
    nonce,
    cipherSuite: AES_GCM_SUITE,
  });
}
