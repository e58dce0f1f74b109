import type { Signer as PolkadotSigner } from '@polkadot/api/types';
import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { SdkError } from '../errors/sdk-error.js';
import type { Keypair } from '../wallet/keypair.js';
import { createSigner, type Signer } from '../wallet/signer.js';

/** Substrate signs the blake2-256 hash of a payload longer than this many bytes instead of the payload. */
const MAX_UNHASHED_PAYLOAD = 256;
/** `MultiSignature::Sr25519` variant index. */
const SR25519_SIGNATURE = 0x01;

/**
 * Who signs an extrinsic: a {@link Signer} (a keyfile hotkey, a KMS) or an in-memory {@link Keypair} with its secret.
 *
 * @example
 * const account: SignerLike = createKeypair({ uri: '//Alice' });
 * await transfer(client, { signer: account, to: bob, amount: 10n ** 9n });
 */
export type SignerLike = Signer | Keypair;

/**
 * The {@link Signer} behind a {@link SignerLike}: a signer is returned as is, a key pair is wrapped with
 * `createSigner` (which throws `SDK_PUBLIC_KEY_ONLY` when it has no secret key).
 *
 * @example
 * const signer = toSigner(createKeypair({ uri: '//Alice' }));
 */
export function toSigner(account: SignerLike): Signer {
  if (account === null || typeof account !== 'object' || typeof account.address !== 'string') {
    throw new SdkError('SDK_INVALID_ARGUMENT', 'Expected a Signer or a Keypair as `signer`.');
  }
  return 'sign' in account && typeof account.sign === 'function' ? account : createSigner(account as Keypair);
}

/**
 * Adapts a {@link Signer} to `@polkadot/api`'s signer interface (`signRaw`): payloads over 256 bytes are
 * blake2-256 hashed before signing, as the runtime expects, and the signature is returned as an sr25519
 * `MultiSignature`.
 *
 * @example
 * const tx = client.api.tx.balances.transferKeepAlive(to, 1n);
 * await tx.signAsync(signer.address, { signer: toPolkadotSigner(signer), nonce });
 */
export function toPolkadotSigner(signer: Signer): PolkadotSigner {
  let id = 0;
  return {
    signRaw: async ({ address, data }) => {
      if (address !== signer.address) {
        throw new SdkError(
          'SDK_INVALID_ARGUMENT',
          `Asked to sign for ${address}, but the signer is ${signer.address}.`,
        );
      }
      const payload = hexToU8a(data);
      const message = payload.length > MAX_UNHASHED_PAYLOAD ? blake2AsU8a(payload, 256) : payload;
      const signature = await signer.sign(message);
      id += 1;
      return { id, signature: u8aToHex(u8aConcat([SR25519_SIGNATURE], signature)) };
    },
  };
}
