import { BaseError } from '@subnetkit/errors';

/** Stable error codes of `@subnetkit/drand`. */
export type DrandErrorCode = 'DRAND_INVALID_PUBLIC_KEY' | 'DRAND_INVALID_PAYLOAD';

/**
 * An error of the timelock module on the shared `BaseError`. Decryption never throws (it reports why it failed);
 * only inputs a caller controls do.
 *
 * @example
 * try { timelockEncrypt({ plaintext, round, publicKey: '0x00' }); }
 * catch (error) { if (error instanceof DrandError) console.log(error.code); } // DRAND_INVALID_PUBLIC_KEY
 */
export class DrandError extends BaseError<DrandErrorCode> {
  override readonly name = 'DrandError';
}
