import { bls12_381 } from '@noble/curves/bls12-381';
import { QUICKNET_DST } from './quicknet.js';
import { roundMessage } from './round-message.js';

/** BLS12-381 from `@noble/curves`; every curve operation of this package goes through it. */
export const bls = bls12_381;

/** A G1 point (drand's signatures, and the hashed round). */
export type G1Point = ReturnType<typeof bls.G1.Point.fromBytes>;
/** A G2 point (the beacon's public key, and a ciphertext's `U`). */
export type G2Point = ReturnType<typeof bls.G2.Point.fromBytes>;

/** The round's message hashed to G1 with quicknet's RFC 9380 suite: the identity's public key `Q_id`. */
export function roundPoint(round: bigint): G1Point {
  return bls.shortSignatures.hash(roundMessage(round), QUICKNET_DST);
}

/** A compressed point decoded and checked (on the curve, in the subgroup), or `undefined`. */
export function decodePoint<P>(decode: (bytes: Uint8Array) => P, bytes: Uint8Array): P | undefined {
  try {
    return decode(bytes);
  } catch {
    return undefined;
  }
}
