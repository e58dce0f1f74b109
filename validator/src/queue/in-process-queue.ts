import { setTimeout as sleep } from 'node:timers/promises';
import { shortMessageOf } from '@subnetkit/errors';
import { ValidatorError } from '../validator-error.js';
import { createConcurrencyLimit } from './concurrency-limit.js';
import { failedResult } from './failed-result.js';
import { integerOption } from './integer-option.js';
import type { JobProcessor, JobQueue, JobResult, QueryJob } from './job.js';
import { uniqueJobs } from './unique-jobs.js';
import { UnrecoverableJobError } from './unrecoverable-job-error.js';
import { waitUntil } from './wait-until.js';
import { withinDeadline } from './within-deadline.js';

/** Options of {@link createInProcessQueue}. */
export type InProcessQueueOptions = {
  /** Queries one miner and scores the answer; see {@link UnrecoverableJobError} for how failures are retried. */
  processor: JobProcessor;
  /** Jobs running at once, across all steps. Default 32. */
  concurrency?: number;
  /** Tries per job, the first included. Only errors other than {@link UnrecoverableJobError} are retried. Default 3. */
  attempts?: number;
  /** Wait before the first retry; it doubles at each further retry. A retry that would start after the job's deadline is not made. Default 100 ms. */
  backoffMs?: number;
  /** How long a job's result is remembered: running a job id again within that time returns it without running the processor. Default 1 hour. */
  keepResultsMs?: number;
};

/**
 * The default queue back end: jobs run in this process, at most `concurrency` at once. `run()` resolves with the
 * results in by its deadline (a late result is dropped and the validator scores that miner as missing) and never
 * rejects because of a job: a failed job is reported with score 0 and its error. Job ids are idempotent: a
 * duplicate id, in the same call or a later one, is run once and reported once.
 *
 * @example
 * const queue = createInProcessQueue({ processor: createQueryProcessor({ dendrite, synapse, score }), concurrency: 64 });
 * const results = await queue.run(jobs, { deadlineMs: Date.now() + 12_000 });
 * await queue.close();
 */
export function createInProcessQueue(options: InProcessQueueOptions): JobQueue {
  const { processor } = options;
  const concurrency = integerOption('concurrency', options.concurrency, 32, 1);
  const attempts = integerOption('attempts', options.attempts, 3, 1);
  const backoffMs = integerOption('backoffMs', options.backoffMs, 100, 0);
  const keepResultsMs = integerOption('keepResultsMs', options.keepResultsMs, 3_600_000, 0);
  const limit = createConcurrencyLimit(concurrency);
  const remembered = new Map<string, { result: Promise<JobResult>; startedAt: number }>();
  const inFlight = new Set<Promise<JobResult>>();
  let closed = false;

  async function runWithRetries(job: QueryJob): Promise<JobResult> {
    const startedAt = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await limit(async () => {
          // Checked once a slot is free: a job that waited past its deadline is not run.
          if (Date.now() >= job.deadlineMs)
            throw new UnrecoverableJobError('deadline passed before the job ran');
          return withinDeadline(
            Promise.resolve().then(() => processor(job)),
            job.deadlineMs,
          );
        });
      } catch (error) {
        const retryAt = Date.now() + backoffMs * 2 ** (attempt - 1);
        if (error instanceof UnrecoverableJobError || attempt >= attempts || retryAt >= job.deadlineMs) {
          return failedResult(job, shortMessageOf(error), Date.now() - startedAt);
        }
        await sleep(retryAt - Date.now());
      }
    }
  }

  function resultOf(job: QueryJob): Promise<JobResult> {
    const known = remembered.get(job.id);
    if (known !== undefined) return known.result;
    const result = runWithRetries(job);
    remembered.set(job.id, { result, startedAt: Date.now() });
    inFlight.add(result);
    void result.finally(() => inFlight.delete(result));
    return result;
  }

  function forgetOlderThan(time: number): void {
    for (const [id, entry] of remembered) {
      if (entry.startedAt >= time) break; // insertion order is start order
      remembered.delete(id);
    }
  }

  return {
    async run(jobs, { deadlineMs }) {
      if (closed) throw new ValidatorError('VALIDATOR_QUEUE_CLOSED', 'the queue is closed: create a new one');
      forgetOlderThan(Date.now() - keepResultsMs);
      const unique = uniqueJobs(jobs);
      const results = new Map<string, JobResult>();
      const all = unique.map(async (job) => {
        const result = await resultOf(job);
        if (Date.now() <= deadlineMs) results.set(job.id, result);
      });
      await waitUntil(Promise.all(all), deadlineMs);
      return unique.flatMap((job) => results.get(job.id) ?? []);
    },
    async close() {
      closed = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
