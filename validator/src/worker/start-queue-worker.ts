import { type Logger, silentLogger } from '@subnetkit/sdk';
import { UnrecoverableError, Worker } from 'bullmq';
import { type BullmqQueueLocation, resolveQueueLocation } from '../queue/bullmq-settings.js';
import { integerOption } from '../queue/integer-option.js';
import type { JobProcessor, JobResult, QueryJob } from '../queue/job.js';
import { createRedisClient, describeRedisConnection } from '../queue/redis-connection.js';
import { closeUnlessRedisIsDown, createRedisHealth } from '../queue/redis-health.js';
import { UnrecoverableJobError } from '../queue/unrecoverable-job-error.js';
import { withinDeadline } from '../queue/within-deadline.js';

/** Options of {@link startQueueWorker}; `connection`, `prefix` and `queueName` must match the coordinator's. */
export type QueueWorkerOptions = BullmqQueueLocation & {
  /** Queries one miner and scores the answer, as with the in-process queue. */
  processor: JobProcessor;
  /** Jobs this worker runs at once. Default 16. */
  concurrency?: number;
  /** How long a job's lock lasts without renewal; a worker that dies loses its jobs to another after this. Default 30 000 ms. */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose worker died (stalled) and puts them back in the queue. Default 30 000 ms. */
  stalledIntervalMs?: number;
  logger?: Logger;
};

/** A running worker. */
export type QueueWorker = {
  /** Stops taking jobs, waits for the running ones to finish, and disconnects. */
  close(): Promise<void>;
};

/**
 * The worker side of the Redis back end: takes jobs from the queue a {@link createBullmqQueue} coordinator fills,
 * runs `processor` on each and stores its result for the coordinator. Run it in the validator's process or in
 * any number of processes on other machines (`subnetkit validator-worker`). A job past its deadline fails at once
 * without running; an `UnrecoverableJobError` fails the job for good; any other error is retried by BullMQ with
 * the coordinator's backoff. Jobs held by a worker that dies are run again by another once their lock expires.
 *
 * @example
 * const worker = startQueueWorker({ connection: 'redis://10.0.0.5:6379', processor, concurrency: 32, logger });
 * process.once('SIGTERM', () => void worker.close());
 */
export function startQueueWorker(options: QueueWorkerOptions): QueueWorker {
  const { connection, prefix, queueName } = resolveQueueLocation(options);
  const { processor } = options;
  const concurrency = integerOption('concurrency', options.concurrency, 16, 1);
  const lockDuration = integerOption('lockDurationMs', options.lockDurationMs, 30_000, 100);
  const stalledInterval = integerOption('stalledIntervalMs', options.stalledIntervalMs, 30_000, 100);
  const target = describeRedisConnection(connection);
  const logger = (options.logger ?? silentLogger).child({ module: 'queue-worker', queue: queueName });
  const health = createRedisHealth(logger, target);

  const redis = createRedisClient(connection);
  redis.on('error', health.failed).on('ready', health.recovered);
  const worker = new Worker<QueryJob, JobResult>(
    queueName,
    async (job) => {
      const query = job.data;
      if (Date.now() >= query.deadlineMs) throw new UnrecoverableError('deadline passed before the job ran');
      try {
        return await withinDeadline(processor(query), query.deadlineMs);
      } catch (error) {
        if (error instanceof UnrecoverableJobError) throw new UnrecoverableError(error.shortMessage);
        throw error;
      }
    },
    { connection: redis, prefix, concurrency, lockDuration, stalledInterval },
  );
  worker.on('error', health.failed);
  worker.on('failed', (job, error) =>
    logger.debug({ job: job?.id, attempt: job?.attemptsMade, err: error.message }, 'job attempt failed'),
  );
  logger.info({ redis: target, concurrency }, 'queue worker started');

  return {
    async close() {
      await closeUnlessRedisIsDown(worker.close(), health);
      redis.disconnect();
      logger.info({}, 'queue worker stopped');
    },
  };
}
