import { type Logger, silentLogger } from '@subnetkit/sdk';
import { Queue, QueueEvents } from 'bullmq';
import { ValidatorError } from '../validator-error.js';
import { type BullmqQueueLocation, resolveQueueLocation } from './bullmq-settings.js';
import { failedResult } from './failed-result.js';
import { integerOption } from './integer-option.js';
import type { JobQueue, JobResult, QueryJob } from './job.js';
import { createRedisClient, describeRedisConnection } from './redis-connection.js';
import { closeUnlessRedisIsDown, createRedisHealth } from './redis-health.js';
import { uniqueJobs } from './unique-jobs.js';
import { waitUntil } from './wait-until.js';

/** Options of {@link createBullmqQueue}; workers started with {@link startQueueWorker} need the same location. */
export type BullmqQueueOptions = BullmqQueueLocation & {
  /** Tries per job, the first included; thrown errors other than `UnrecoverableJobError` are retried. Default 3. */
  attempts?: number;
  /** Wait before the first retry, doubling at each further one (BullMQ's exponential backoff). Default 100 ms. */
  backoffMs?: number;
  /** How long finished jobs stay in Redis; adding a job id again within that time returns its first result without running it. Default 3600 s. */
  keepJobsSeconds?: number;
  /** How often the coordinator reads the state of jobs still pending, besides listening to queue events (which a Redis restart can lose). Default 500 ms. */
  reconcileIntervalMs?: number;
  logger?: Logger;
};

type Collector = {
  pending: Map<string, QueryJob>;
  results: Map<string, JobResult>;
  deadlineMs: number;
  startedAt: number;
  allIn: () => void;
};

/**
 * The coordinator side of the Redis back end: `run()` adds the step's jobs to a BullMQ queue with their ids as
 * BullMQ job ids (adding an id that exists runs nothing; its stored result is reported), and collects the results
 * that worker processes (see {@link startQueueWorker}) produce, from queue events and by reading pending jobs' state,
 * until every job is in or the deadline passes. Each id is reported at most once.
 *
 * If Redis goes away, one `VALIDATOR_QUEUE_REDIS_UNAVAILABLE` error is logged and `run()` keeps its deadline: the
 * jobs it could not get back are left out (scored as missing by the validator). Jobs already in Redis are not
 * lost; when Redis returns, workers finish them and the coordinator collects what is in before the deadline.
 *
 * @example
 * const queue = createBullmqQueue({ connection: 'redis://127.0.0.1:6379', logger });
 * const results = await queue.run(jobs, { deadlineMs: Date.now() + 12_000 });
 * await queue.close();
 */
export function createBullmqQueue(options: BullmqQueueOptions): JobQueue {
  const { connection, prefix, queueName } = resolveQueueLocation(options);
  const attempts = integerOption('attempts', options.attempts, 3, 1);
  const backoffMs = integerOption('backoffMs', options.backoffMs, 100, 0);
  const keepJobsSeconds = integerOption('keepJobsSeconds', options.keepJobsSeconds, 3600, 1);
  const reconcileIntervalMs = integerOption('reconcileIntervalMs', options.reconcileIntervalMs, 500, 10);
  const target = describeRedisConnection(connection);
  const logger = (options.logger ?? silentLogger).child({
    module: 'queue',
    backend: 'bullmq',
    queue: queueName,
  });
  const health = createRedisHealth(logger, target);

  const redis = createRedisClient(connection);
  const eventsRedis = createRedisClient(connection);
  for (const client of [redis, eventsRedis]) client.on('error', health.failed).on('ready', health.recovered);
  const queue = new Queue<QueryJob, JobResult>(queueName, { connection: redis, prefix });
  const events = new QueueEvents(queueName, { connection: eventsRedis, prefix });
  queue.on('error', health.failed);
  events.on('error', health.failed);

  const collectors = new Set<Collector>();
  const offer = (id: string, result: (job: QueryJob, collector: Collector) => JobResult) => {
    for (const collector of collectors) {
      const job = collector.pending.get(id);
      if (job === undefined || Date.now() > collector.deadlineMs) continue;
      collector.pending.delete(id);
      collector.results.set(id, result(job, collector));
      if (collector.pending.size === 0) collector.allIn();
    }
  };
  events.on('completed', ({ jobId, returnvalue }) => offer(jobId, () => returnvalue as unknown as JobResult));
  events.on('failed', ({ jobId, failedReason }) =>
    offer(jobId, (job, collector) => failedResult(job, failedReason, Date.now() - collector.startedAt)),
  );

  /** Reads the state of the collector's pending jobs: catches what events missed (done before we listened, a Redis restart). */
  async function reconcile(collector: Collector): Promise<void> {
    const ids = [...collector.pending.keys()];
    const pipeline = redis.pipeline();
    for (const id of ids) {
      pipeline.zscore(queue.keys.completed, id);
      pipeline.hmget(queue.toKey(id), 'returnvalue', 'failedReason', 'processedOn', 'finishedOn');
    }
    const replies = (await pipeline.exec()) ?? [];
    ids.forEach((id, index) => {
      const [completedError, completedScore] = replies[2 * index] ?? [];
      const [fieldsError, fields] = replies[2 * index + 1] ?? [];
      if (completedError || fieldsError) return;
      const [returnvalue, failedReason, processedOn, finishedOn] = fields as Array<string | null>;
      if (completedScore !== null && returnvalue !== null) {
        offer(id, () => JSON.parse(returnvalue as string) as JobResult);
      } else if (finishedOn !== null && failedReason !== null) {
        offer(id, (job) =>
          failedResult(job, failedReason as string, Number(finishedOn) - Number(processedOn ?? finishedOn)),
        );
      }
    });
  }

  function startReconciling(collector: Collector): () => void {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const tick = async () => {
      if (stopped || collector.pending.size === 0) return;
      await reconcile(collector).catch(health.failed);
      if (!stopped) timer = setTimeout(tick, reconcileIntervalMs);
    };
    timer = setTimeout(tick, reconcileIntervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  let closed = false;
  return {
    async run(jobs, { deadlineMs }) {
      if (closed) throw new ValidatorError('VALIDATOR_QUEUE_CLOSED', 'the queue is closed: create a new one');
      const unique = uniqueJobs(jobs);
      let allIn = () => {};
      const everyResult = new Promise<void>((resolve) => {
        allIn = resolve;
      });
      const collector: Collector = {
        pending: new Map(unique.map((job) => [job.id, job])),
        results: new Map(),
        deadlineMs,
        startedAt: Date.now(),
        allIn,
      };
      if (unique.length === 0) return [];
      collectors.add(collector);
      const stopReconciling = startReconciling(collector);
      try {
        const added = queue
          .addBulk(
            unique.map((job) => ({
              name: 'query',
              data: job,
              opts: {
                jobId: job.id,
                attempts,
                backoff: { type: 'exponential', delay: backoffMs },
                removeOnComplete: { age: keepJobsSeconds },
                removeOnFail: { age: keepJobsSeconds },
              },
            })),
          )
          .then(() => reconcile(collector)) // ids that already existed may be finished: no event will come
          .catch(health.failed);
        await waitUntil(Promise.all([everyResult, added]), deadlineMs);
      } finally {
        stopReconciling();
        collectors.delete(collector);
      }
      return unique.flatMap((job) => collector.results.get(job.id) ?? []);
    },
    async close() {
      closed = true;
      await closeUnlessRedisIsDown(Promise.allSettled([events.close(), queue.close()]), health);
      redis.disconnect();
      eventsRedis.disconnect();
    },
  };
}
