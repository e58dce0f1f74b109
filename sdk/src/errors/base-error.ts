/**
 * Stable error codes of `@subnetkit/sdk`. A code never changes meaning; new failure kinds get new codes.
 * `docs/sdk.md` lists them.
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
  | 'SDK_BLOCK_NOT_FOUND';

/**
 * Options of {@link BaseError}.
 *
 * @example
 * throw new BaseError('SDK_INVALID_ARGUMENT', 'bad netuid', { details: 'netuid must be a u16', cause: error });
 */
export type BaseErrorOptions = {
  /** Extra detail for logs; not part of the short message. */
  details?: string;
  /** The error that caused this one. */
  cause?: unknown;
};

/**
 * The one error class of `@subnetkit/sdk`: a short message, a stable `code` (`SDK_…`) and optional details and cause.
 * Callers branch on `code`, never on the message text.
 *
 * @example
 * try {
 *   await readKeyfile({ path, password: 'wrong' });
 * } catch (error) {
 *   if (error instanceof BaseError && error.code === 'SDK_WRONG_PASSWORD') console.error('bad password');
 * }
 */
export class BaseError extends Error {
  override readonly name: string = 'SdkError';
  readonly code: SdkErrorCode;
  readonly shortMessage: string;
  readonly details: string | undefined;

  constructor(code: SdkErrorCode, shortMessage: string, options: BaseErrorOptions = {}) {
    super(
      options.details === undefined ? shortMessage : `${shortMessage}\n\nDetails: ${options.details}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.shortMessage = shortMessage;
    this.details = options.details;
  }
}
