import { BaseError } from '@subnetkit/errors';

/**
 * Stable codes of the validator's errors. A code never changes meaning; `docs/errors.md` lists them.
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
  | 'VALIDATOR_QUEUE_JOB_INVALID'
  | 'VALIDATOR_JOB_UNRECOVERABLE';

/**
 * The error class of `@subnetkit/validator`, on the shared `BaseError`: a stable `code` and a short message that
 * says what to do. `UnrecoverableJobError` is its subclass for jobs that must not be retried.
 *
 * @example
 * throw new ValidatorError('VALIDATOR_CONFIG_INVALID', 'alpha must be in (0, 1], got 2');
 */
export class ValidatorError extends BaseError<ValidatorErrorCode> {
  override readonly name: string = 'ValidatorError';
}
