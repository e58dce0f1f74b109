import { BaseError } from './base-error.js';

/**
 * The message of anything thrown, for people and wire answers: a {@link BaseError}'s `shortMessage` (without
 * details and docs path), another error's `message`, or the value as a string.
 *
 * @example
 * shortMessageOf(new BaseError('CHAIN_STORAGE_CLOSED', 'the database is closed')); // 'the database is closed'
 * shortMessageOf(new Error('reset')); // 'reset'
 * shortMessageOf('boom'); // 'boom'
 */
export function shortMessageOf(error: unknown): string {
  if (error instanceof BaseError) return error.shortMessage;
  return error instanceof Error ? error.message : String(error);
}
