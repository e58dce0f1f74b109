/**
 * Stable codes of the validator's errors. A code never changes meaning; `docs/validator.md` lists them.
 *
 * @example
 * const code: ValidatorErrorCode = 'VALIDATOR_STORE_CORRUPT';
 */
export type ValidatorErrorCode =
  | 'VALIDATOR_CONFIG_INVALID'
  | 'VALIDATOR_STORE_CORRUPT'
  | 'VALIDATOR_STORE_UNSUPPORTED_VERSION'
  | 'VALIDATOR_STORE_MISMATCH'
  | 'VALIDATOR_NOT_REGISTERED'
  | 'VALIDATOR_CHALLENGE_FAILED'
  | 'VALIDATOR_ALREADY_STARTED'
  | 'VALIDATOR_QUEUE_OPTIONS_INVALID'
  | 'VALIDATOR_QUEUE_URL_INVALID'
  | 'VALIDATOR_QUEUE_REDIS_UNAVAILABLE'
  | 'VALIDATOR_QUEUE_CLOSED'
  | 'VALIDATOR_QUEUE_JOB_INVALID';

/**
 * The one error class of `@subnetkit/validator`: a stable `code` and a message that says what to do.
 *
 * @example
 * throw new ValidatorError('VALIDATOR_CONFIG_INVALID', 'alpha must be in (0, 1], got 2');
 */
export class ValidatorError extends Error {
  override readonly name = 'ValidatorError';
  constructor(
    readonly code: ValidatorErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
