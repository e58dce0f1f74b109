import { bytesToNumberBE } from '@noble/curves/utils';
import { sha256 } from '@noble/hashes/sha2';
import { bls, roundPoint } from './bls.js';

/** A BLS key pair of a beacon that signs rounds the way drand quicknet does. */
export type BeaconKey = {
  /** The public key: a compressed G2 point (96 bytes), what `BeaconConfig.public_key` holds. */
  readonly publicKey: Uint8Array;
  /** Signs `round`: a compressed G1 point (48 bytes) that `verifyPulse` accepts and that decrypts its ciphertexts. */
  sign(round: bigint): Uint8Array;
};

/**
 * A beacon key derived from a seed (SHA-256 of the seed, reduced into the scalar field): the devnet's own
 * drand beacon. Never use a seeded key where the timelock must hold; anyone with the seed can decrypt.
 *
 * @example
 * const beacon = beaconKeyFromSeed('subnetkit devnet drand');
 * verifyPulse({ round: 7n, signature: beacon.sign(7n) }, beacon.publicKey); // true
 */
export function beaconKeyFromSeed(seed: string | Uint8Array): BeaconKey {
  const bytes = typeof seed === 'string' ? new TextEncoder().encode(seed) : seed;
  const secretKey = bls.fields.Fr.create(bytesToNumberBE(sha256(bytes))) || 1n;
  const publicKey = bls.G2.Point.BASE.multiply(secretKey).toBytes(true);
  return Object.freeze({
    publicKey,
    // Variable-time multiplication (7× faster than noble's constant-time `sign`): a seeded key is no secret.
    sign: (round: bigint) => roundPoint(round).multiplyUnsafe(secretKey).toBytes(true),
  });
}
