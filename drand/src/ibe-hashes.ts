import { bytesToNumberBE, numberToBytesLE } from '@noble/curves/utils';
import { sha256 } from '@noble/hashes/sha2';
import { u8aConcat } from '@polkadot/util';
import { bls } from './bls.js';

type Gt = ReturnType<typeof bls.pairing>;

/** The 12 base-field coefficients of a GT element in arkworks' order (c0 before c1 at every tower level). */
function coefficients(x: Gt): bigint[] {
  return [x.c0, x.c1].flatMap((fp6) => [fp6.c0, fp6.c1, fp6.c2].flatMap((fp2) => [fp2.c0, fp2.c1]));
}

/**
 * `H2: GT → {0,1}^256` of the `tle` crate: SHA-256 of the pairing value as arkworks serializes an `Fp12`
 * (12 coefficients of 48 bytes, each little-endian).
 */
export function h2(x: Gt): Uint8Array {
  return sha256(u8aConcat(...coefficients(x).map((c) => numberToBytesLE(c, 48))));
}

/** `H3: {0,1}* × {0,1}* → Fr`: SHA-256 of `a ‖ b`, read big-endian and reduced modulo the group order. */
export function h3(a: Uint8Array, b: Uint8Array): bigint {
  return bls.fields.Fr.create(bytesToNumberBE(sha256(u8aConcat(a, b))));
}

/** `H4: {0,1}^n → {0,1}^n` (n ≤ 32): the first n bytes of SHA-256. */
export function h4(a: Uint8Array): Uint8Array {
  return sha256(a).subarray(0, a.length);
}

/** `a xor b` over `a`'s length (both 32 bytes here). */
export function xor(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.map((byte, i) => byte ^ (b[i] ?? 0));
}
