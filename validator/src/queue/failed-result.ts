import type { JobResult, QueryJob } from './job.js';

/**
 * The result a queue back end reports for a job whose processor failed for good (retries spent, an
 * {@link UnrecoverableJobError}, or the deadline passed before it ran): score 0, no HTTP status, and the reason.
 *
 * @example
 * failedResult(job, 'connect ECONNREFUSED 127.0.0.1:8091', 12);
 * // → { id: job.id, uid: job.uid, hotkey: job.hotkey, score: 0, status: 0, elapsedMs: 12, error: 'connect ECONNREFUSED …' }
 */
export function failedResult(job: QueryJob, error: string, elapsedMs: number): JobResult {
  return { id: job.id, uid: job.uid, hotkey: job.hotkey, score: 0, status: 0, elapsedMs, error };
}
