import { createDecipheriv } from 'node:crypto';
import { bls, decodePoint, type G1Point, type G2Point } from './bls.js';
import { h2, h3, h4, xor } from './ibe-hashes.js';
import { decodeTleCiphertext } from './tle-ciphertext.js';

/** Why a timelock ciphertext did not decrypt. */
export type TimelockFailure =
  /** The bytes are not a serialized `TLECiphertext` (too short, a length past the end, `U` not a G2 point). */
  | 'malformed-ciphertext'
  /** The signature is not a compressed G1 point. */
  | 'malformed-signature'
  /** The signature is not the one of the ciphertext's round (the IBE check `U = rP` fails). */
  | 'wrong-signature'
  /** The key decrypted but the AES-GCM body did not (bad nonce length or authentication tag). */
  | 'body-rejected';

/** The outcome of `timelockDecrypt`: the plaintext, or why there is none. */
export type TimelockDecryptResult =
  | { readonly ok: true; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly reason: TimelockFailure };

const NONCE_LENGTH = 12;
const TAG_LENGTH = 16;

/** FullIdent decryption of the AES key: `sigma = V xor H2(e(sig, U))`, `key = W xor H4(sigma)`, kept only if `U = H3(sigma, key)·P`. */
function ibeKey(v: Uint8Array, w: Uint8Array, u: G2Point, sig: G1Point): Uint8Array | undefined {
  const sigma = xor(v, h2(bls.pairing(sig, u)));
  const key = xor(w, h4(sigma));
  const r = h3(sigma, key);
  // Variable-time is fine here: sigma and the key are what this function reveals anyway.
  const expected = r === 0n ? bls.G2.Point.ZERO : bls.G2.Point.BASE.multiplyUnsafe(r);
  return expected.equals(u) ? key : undefined;
}

/**
 * Decrypts a `tle` ciphertext (`TLECiphertext<TinyBLS381>`, compressed) with the beacon's signature of its round,
 * as `tle::tld` and subtensor's `reveal_crv3_commits` do. Never throws on bad input: a reveal drops what fails.
 *
 * @example
 * const result = timelockDecrypt(ciphertext, pulse.signature);
 * if (result.ok) console.log(result.plaintext);
 */
export function timelockDecrypt(ciphertext: Uint8Array, signature: Uint8Array): TimelockDecryptResult {
  const ct = decodeTleCiphertext(ciphertext);
  const u = ct && decodePoint(bls.G2.Point.fromBytes, ct.u);
  if (!ct || !u || ct.v.length !== 32 || ct.w.length !== 32)
    return { ok: false, reason: 'malformed-ciphertext' };
  const sig = decodePoint(bls.G1.Point.fromBytes, signature);
  if (!sig) return { ok: false, reason: 'malformed-signature' };
  const key = ibeKey(ct.v, ct.w, u, sig);
  if (!key) return { ok: false, reason: 'wrong-signature' };
  if (ct.nonce.length !== NONCE_LENGTH || ct.body.length < TAG_LENGTH)
    return { ok: false, reason: 'body-rejected' };
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, ct.nonce);
    decipher.setAuthTag(ct.body.subarray(ct.body.length - TAG_LENGTH));
    const head = decipher.update(ct.body.subarray(0, ct.body.length - TAG_LENGTH));
    return { ok: true, plaintext: new Uint8Array(Buffer.concat([head, decipher.final()])) };
  } catch {
    return { ok: false, reason: 'body-rejected' };
  }
}
