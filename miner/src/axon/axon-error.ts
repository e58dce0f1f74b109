import { MinerError } from '../miner-error.js';
import type { AxonErrorCode } from './axon-errors.js';

/**
 * Throws from an axon hook: the error handler answers with the code's HTTP status and `{ message }`.
 *
 * @example
 * throw axonError('AXON_NONCE_REPLAY', 'Not Verified with error: Nonce is replay');
 */
export function axonError(code: AxonErrorCode, message: string): MinerError {
  return new MinerError(code, message);
}
