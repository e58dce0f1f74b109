import { ValidatorError } from '../validator-error.js';
import type { QueryJob } from './job.js';

/**
 * A step's jobs with duplicate ids dropped (the first of each id is kept, in order), after checking that every id
 * is `${netuid}:${step}:${uid}` of its own job, which is what makes ids idempotent. Throws
 * `VALIDATOR_QUEUE_JOB_INVALID` otherwise.
 *
 * @example
 * uniqueJobs([job, job, other]); // [job, other]
 */
export function uniqueJobs(jobs: readonly QueryJob[]): QueryJob[] {
  const unique = new Map<string, QueryJob>();
  for (const job of jobs) {
    const expected = `${job.netuid}:${job.step}:${job.uid}`;
    if (job.id !== expected) {
      throw new ValidatorError(
        'VALIDATOR_QUEUE_JOB_INVALID',
        `job id '${job.id}' should be '${expected}' (netuid:step:uid)`,
      );
    }
    if (!unique.has(job.id)) unique.set(job.id, job);
  }
  return [...unique.values()];
}
