import { u8aConcat } from '@polkadot/util';

/**
 * A timelock ciphertext as the Rust `tle` crate's `TLECiphertext<TinyBLS381>` holds it: the Boneh–Franklin
 * header (`u`, `v`, `w`) that hides a 32-byte AES key for one drand round, the AES-256-GCM body, and the cipher
 * suite name. The byte layout is in docs/drand.md.
 */
export type TleCiphertext = {
  /** `U = rP`: a compressed G2 point (96 bytes). */
  readonly u: Uint8Array;
  /** `V = sigma xor H2(e(Q_id, P_pub)^r)` (32 bytes when well formed). */
  readonly v: Uint8Array;
  /** `W = key xor H4(sigma)` (32 bytes when well formed). */
  readonly w: Uint8Array;
  /** AES-256-GCM output: the ciphertext followed by its 16-byte tag. */
  readonly body: Uint8Array;
  /** The AES-GCM nonce (12 bytes when well formed). */
  readonly nonce: Uint8Array;
  /** The cipher suite name; `tle` writes `AES_GCM_` and never reads it back. */
  readonly cipherSuite: Uint8Array;
};

const G2_COMPRESSED = 96;

/** An arkworks `Vec<u8>`: its length as a u64 little-endian, then the bytes. */
function arkBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + bytes.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(bytes.length), true);
  out.set(bytes, 8);
  return out;
}

/**
 * `serialize_compressed` of a `TLECiphertext<TinyBLS381>`: `u`, then `v`, `w`, the body (`AESOutput` =
 * ciphertext then nonce, itself wrapped as bytes) and the cipher suite, each byte string length-prefixed.
 *
 * @example
 * encodeTleCiphertext(decodeTleCiphertext(bytes)!); // equal to bytes when nothing trails them
 */
export function encodeTleCiphertext(ct: TleCiphertext): Uint8Array {
  const aesOutput = u8aConcat(arkBytes(ct.body), arkBytes(ct.nonce));
  return u8aConcat(ct.u, arkBytes(ct.v), arkBytes(ct.w), arkBytes(aesOutput), arkBytes(ct.cipherSuite));
}

/** Reads arkworks values off a byte string; every read is `undefined` past the end. */
class ArkReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  fixed(length: number): Uint8Array | undefined {
    if (this.offset + length > this.bytes.length) return undefined;
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  vec(): Uint8Array | undefined {
    const prefix = this.fixed(8);
    if (prefix === undefined) return undefined;
    const length = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
    if (length > BigInt(this.bytes.length - this.offset)) return undefined;
    return this.fixed(Number(length));
  }
}

/**
 * The fields of a serialized `TLECiphertext<TinyBLS381>`, or `undefined` when the bytes are too short or a
 * length runs past the end. Like arkworks, bytes after the cipher suite (and inside the body, after the nonce)
 * are ignored; whether `u` is a valid point is the decryption's concern.
 *
 * @example
 * decodeTleCiphertext(new Uint8Array(3)); // undefined
 */
export function decodeTleCiphertext(bytes: Uint8Array): TleCiphertext | undefined {
  const reader = new ArkReader(bytes);
  const u = reader.fixed(G2_COMPRESSED);
  const v = reader.vec();
  const w = reader.vec();
  const aesOutput = reader.vec();
  const cipherSuite = reader.vec();
  if (!u || !v || !w || !aesOutput || !cipherSuite) return undefined;
  const inner = new ArkReader(aesOutput);
  const body = inner.vec();
  const nonce = inner.vec();
  if (!body || !nonce) return undefined;
  return { u, v, w, body, nonce, cipherSuite };
}
