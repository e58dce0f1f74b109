import { UnrecoverableJobError } from './unrecoverable-job-error.js';

/** How long after its deadline a job that is still running is abandoned. */
const ABANDON_AFTER_MS = 100;

/**
 * Waits for a processor's answer, but not much past the job's absolute deadline: `ABANDON_AFTER_MS` (100 ms) after
 * it, throws an {@link UnrecoverableJobError}, so a processor that hangs frees its concurrency slot and cannot hold
 * up `close()`. The answer would not count anyway: the step's results are collected only up to the deadline. (The
 * processor's own promise is not cancelled; its late answer is ignored.)
 *
 * @example
 * const result = await withinDeadline(processor(job), job.deadlineMs);
 */
export async function withinDeadline<T>(answer: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const abandoned = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new UnrecoverableJobError('the job was still running at its deadline')),
      Math.max(0, deadlineMs + ABANDON_AFTER_MS - Date.now()),
    );
  });
  try {
    return await Promise.race([answer, abandoned]);
  } finally {
    clearTimeout(timer);
  }
}
