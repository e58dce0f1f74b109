import type { BaseErrorOptions } from '@subnetkit/errors';
import { ValidatorError } from '../validator-error.js';

/**
 * Thrown by a {@link JobProcessor} when retrying cannot help (`VALIDATOR_JOB_UNRECOVERABLE`): the miner answered,
 * but the answer is bad (wrong shape, NaN, over the size limit). Both queue back ends stop at the first such error and report the
 * job with score 0; any other error thrown by a processor counts as transient (connection refused, reset,
 * timeout) and is retried with backoff while attempts remain and the deadline allows.
 *
 * @example
 * const processor: JobProcessor = async (job) => {
 *   const answer = await queryMiner(job);
 *   if (!Array.isArray(answer)) throw new UnrecoverableJobError('answer is not an array');
 *   return { id: job.id, uid: job.uid, hotkey: job.hotkey, score: 1, status: 200, elapsedMs: 3 };
 * };
 */
export class UnrecoverableJobError extends ValidatorError {
  override readonly name: string = 'UnrecoverableJobError';
  constructor(message: string, options?: BaseErrorOptions) {
    super('VALIDATOR_JOB_UNRECOVERABLE', message, options);
  }
}
