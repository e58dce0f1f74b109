import { SdkError } from '../errors/sdk-error.js';
import type { Keypair } from './keypair.js';
import { signMessage } from './sign-message.js';

/**
 * What a running miner or validator needs from its key: the hotkey's address and public key and a way to sign.
 * Implement it over a keyfile, an OS keychain, a KMS or a remote signer; the SDK never needs the coldkey at runtime.
 *
 * @example
 * const signer: Signer = { address, publicKey, sign: (message) => kms.sign(message) };
 * const dendrite = createDendrite({ signer });
 */
export type Signer = {
  /** SS58 address (prefix 42). */
  readonly address: string;
  /** 32-byte sr25519 public key. */
  readonly publicKey: Uint8Array;
  /** Returns the 64-byte sr25519 signature of `message` (raw bytes, no wrapping). */
  sign(message: Uint8Array): Uint8Array | Promise<Uint8Array>;
};

/**
 * Wraps an in-memory key pair (usually the hotkey) as a {@link Signer}.
 *
 * @example
 * const hotkey = await readKeyfile({ path: walletPaths({ name: 'validator' }).hotkey });
 * const signer = createSigner(hotkey);
 * const dendrite = createDendrite({ signer });
 */
export function createSigner(keypair: Keypair): Signer {
  if (keypair.secretKey === undefined) {
    throw new SdkError('SDK_PUBLIC_KEY_ONLY', 'A signer needs a key pair with its secret key.');
  }
  return {
    address: keypair.address,
    publicKey: keypair.publicKey,
    sign: (message) => signMessage(keypair, message),
  };
}
