import { SdkError } from '../errors/sdk-error.js';

/**
 * Converts a 64-byte sr25519 secret key from the polkadot-js / "ed25519-expanded" form (scalar × 8, as produced by
 * `sr25519PairFromSeed` and `@polkadot/wasm-crypto`) to schnorrkel's canonical `SecretKey::to_bytes()` form
 * (scalar ‖ nonce), which is what Bittensor writes as `privateKey` in keyfiles.
 *
 * @example
 * const canonical = secretKeyToSchnorrkel(keypair.secretKey!);
 */
export function secretKeyToSchnorrkel(secretKey: Uint8Array): Uint8Array {
  assertLength(secretKey);
  const out = new Uint8Array(secretKey);
  // Divide the little-endian 256-bit scalar by 8 (it is always a multiple of 8 in this form).
  let carry = 0;
  for (let i = 31; i >= 0; i--) {
    const byte = secretKey[i];
    out[i] = (byte >> 3) | carry;
    carry = (byte << 5) & 0xff;
  }
  return out;
}

/**
 * The inverse of {@link secretKeyToSchnorrkel}: canonical schnorrkel secret (Bittensor `privateKey`) to the
 * ed25519-expanded form that polkadot-js signs with.
 *
 * @example
 * const secretKey = secretKeyFromSchnorrkel(hexToU8a(keyfile.privateKey));
 */
export function secretKeyFromSchnorrkel(canonical: Uint8Array): Uint8Array {
  assertLength(canonical);
  if ((canonical[31] & 0xe0) !== 0) {
    throw new SdkError('SDK_INVALID_KEY', 'Secret key is not a canonical schnorrkel scalar.');
  }
  const out = new Uint8Array(canonical);
  let carry = 0;
  for (let i = 0; i < 32; i++) {
    const byte = canonical[i];
    out[i] = ((byte << 3) & 0xff) | carry;
    carry = byte >> 5;
  }
  return out;
}

function assertLength(key: Uint8Array): void {
  if (key.length !== 64) {
    throw new SdkError('SDK_INVALID_KEY', `Expected a 64-byte sr25519 secret key, got ${key.length} bytes.`);
  }
}
