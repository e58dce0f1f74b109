import { hexToU8a } from '@polkadot/util';
import { bls, decodePoint, roundPoint } from './bls.js';

/** A beacon output as drand publishes it and `pallet_drand::Pulses` stores it. */
export type DrandPulse = {
  /** The round number. */
  readonly round: bigint;
  /** The BLS signature of the round's message: a compressed G1 point (48 bytes). */
  readonly signature: Uint8Array;
};

/**
 * Whether `pulse.signature` is the beacon's signature of `pulse.round` under `publicKey` (compressed G2,
 * 96 bytes): `e(signature, G2) = e(H(sha256(round)), publicKey)`, drand's `bls-unchained-g1-rfc9380` check.
 * False for anything that does not decode to a valid point.
 *
 * @example
 * import { QUICKNET, verifyPulse } from '@subnetkit/drand';
 * verifyPulse({ round: 1000n, signature }, QUICKNET.publicKey); // true for quicknet's real round 1000
 */
export function verifyPulse(pulse: DrandPulse, publicKey: Uint8Array | string): boolean {
  const key = typeof publicKey === 'string' ? hexToU8a(publicKey) : publicKey;
  const pk = decodePoint(bls.G2.Point.fromBytes, key);
  const signature = decodePoint(bls.G1.Point.fromBytes, pulse.signature);
  if (pk === undefined || signature === undefined) return false;
  return bls.shortSignatures.verify(signature, roundPoint(pulse.round), pk);
}
