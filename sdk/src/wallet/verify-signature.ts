import { decodeAddress, sr25519Verify } from '@polkadot/util-crypto';
import * as wasm from '@polkadot/wasm-crypto';
import { messageBytes } from './sign-message.js';

const BYTES_OPEN = new TextEncoder().encode('<Bytes>');
const BYTES_CLOSE = new TextEncoder().encode('</Bytes>');

/**
 * Parameters of {@link verifySignature}.
 *
 * @example
 * verifySignature({ message: 'hello', signature, signer: address } satisfies VerifySignatureParameters);
 */
export type VerifySignatureParameters = {
  /** The signed message (same input rule as `signMessage`). */
  message: Uint8Array | string;
  /** 64-byte signature, or its `0x` hex. */
  signature: Uint8Array | string;
  /** Signer's SS58 address or 32-byte public key. */
  signer: string | Uint8Array;
};

/**
 * Verifies an sr25519 signature the way Bittensor's `Keypair.verify` does: the plain message first, then the message
 * wrapped as `<Bytes>…</Bytes>` (what polkadot-js `signRaw` signs). Never throws for malformed input; returns false.
 *
 * @example
 * const ok = verifySignature({ message: 'hello', signature, signer: alice.address });
 */
export function verifySignature(parameters: VerifySignatureParameters): boolean {
  let publicKey: Uint8Array;
  let signature: Uint8Array;
  try {
    publicKey = typeof parameters.signer === 'string' ? decodeAddress(parameters.signer) : parameters.signer;
    signature =
      typeof parameters.signature === 'string'
        ? Buffer.from(parameters.signature.replace(/^0x/, ''), 'hex')
        : parameters.signature;
  } catch {
    return false;
  }
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const message = messageBytes(parameters.message);
  if (verifyRaw(signature, message, publicKey)) return true;
  const wrapped = new Uint8Array(BYTES_OPEN.length + message.length + BYTES_CLOSE.length);
  wrapped.set(BYTES_OPEN, 0);
  wrapped.set(message, BYTES_OPEN.length);
  wrapped.set(BYTES_CLOSE, BYTES_OPEN.length + message.length);
  return verifyRaw(signature, wrapped, publicKey);
}

function verifyRaw(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    if (wasm.isReady()) return wasm.sr25519Verify(signature, message, publicKey);
    return sr25519Verify(message, signature, publicKey);
  } catch {
    return false;
  }
}
