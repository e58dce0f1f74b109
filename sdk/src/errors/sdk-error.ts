import { BaseError } from '@subnetkit/errors';

/**
 * Stable error codes of `@subnetkit/sdk`. A code never changes meaning; new failure kinds get new codes.
 * `docs/errors.md` lists them.
 *
 * @example
 * const code: SdkErrorCode = 'SDK_WRONG_PASSWORD';
 */
export type SdkErrorCode =
  | 'SDK_INVALID_ARGUMENT'
  | 'SDK_CRYPTO_NOT_READY'
  | 'SDK_INVALID_KEY'
  | 'SDK_INVALID_MNEMONIC'
  | 'SDK_KEYFILE_NOT_FOUND'
  | 'SDK_KEYFILE_EXISTS'
  | 'SDK_KEYFILE_MALFORMED'
  | 'SDK_KEYFILE_UNSUPPORTED_ENCRYPTION'
  | 'SDK_WRONG_PASSWORD'
  | 'SDK_PASSWORD_REQUIRED'
  | 'SDK_PUBLIC_KEY_ONLY'
  | 'SDK_WEIGHTS_INVALID'
  | 'SDK_SYNAPSE_INVALID'
  | 'SDK_PROTOCOL_INVALID_HEADERS'
  | 'SDK_CONNECTION_FAILED'
  | 'SDK_CONNECTION_LOST'
  | 'SDK_DEADLINE_EXCEEDED'
  | 'SDK_RPC_FAILED'
  | 'SDK_CHAIN_CALL_FAILED'
  | 'SDK_TX_STALE_NONCE'
  | 'SDK_TX_PAYMENT'
  | 'SDK_TX_BAD_SIGNATURE'
  | 'SDK_TX_INVALID'
  | 'SDK_TX_DROPPED'
  | 'SDK_MAX_COST_EXCEEDED'
  | 'SDK_METAGRAPH_MALFORMED'
  | 'SDK_SUBNET_NOT_FOUND'
  | 'SDK_NO_EPOCHS'
  | 'SDK_BLOCK_NOT_FOUND'
  | 'SDK_RESPONSE_TOO_LARGE';

/**
 * The error class of `@subnetkit/sdk`, on the shared `BaseError`: a short message, a stable `code` (`SDK_…`) and
 * optional details and cause. Callers branch on `code`, never on the message text.
 *
 * @example
 * try {
 *   await readKeyfile({ path, password: 'wrong' });
 * } catch (error) {
 *   if (error instanceof SdkError && error.code === 'SDK_WRONG_PASSWORD') console.error('bad password');
 * }
 */
export class SdkError extends BaseError<SdkErrorCode> {
  override readonly name: string = 'SdkError';
}
