import { ValidatorError } from '../validator-error.js';

/**
 * Reads an optional integer option: the fallback when absent, a `VALIDATOR_QUEUE_OPTIONS_INVALID` error when it
 * is not an integer at least `min`.
 *
 * @example
 * const concurrency = integerOption('concurrency', options.concurrency, 32, 1);
 */
export function integerOption(
  name: string,
  value: number | undefined,
  fallback: number,
  min: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new ValidatorError(
      'VALIDATOR_QUEUE_OPTIONS_INVALID',
      `${name} must be an integer ≥ ${min}, got ${value}`,
    );
  }
  return value;
}
