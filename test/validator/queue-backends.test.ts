// One suite, two back ends: every case runs against the in-process queue and against BullMQ on a real Redis
// (REDIS_URL, or started here on a free port; skipped without either), with a fresh key prefix per test.
import { randomUUID } from 'node:crypto';
import {
  createBullmqQueue,
  createInProcessQueue,
  type JobProcessor,
  type JobQueue,
  type JobResult,
  type QueryJob,
  startQueueWorker,
  UnrecoverableJobError,
} from '@subnetkit/validator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { queryJobs } from './query-jobs.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

type QueueSettings = { processor: JobProcessor; concurrency: number; attempts?: number };
type Backend = { name: string; skip: boolean; create(settings: QueueSettings): JobQueue };

const available = inject('redis');
let redis: RedisServer | undefined;
let redisUrl = available.url ?? '';
beforeAll(async () => {
  if (redisUrl !== '' || !available.server) return;
  redis = await startRedisServer();
  redisUrl = redis.url;
});
afterAll(async () => redis?.dispose());

const opened: JobQueue[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((queue) => queue.close()));
});

const backends: Backend[] = [
  {
    name: 'in-process',
    skip: false,
    create: (settings) => createInProcessQueue({ ...settings, backoffMs: 10 }),
  },
  {
    name: 'bullmq',
    skip: available.url === undefined && !available.server,
    create({ processor, concurrency, ...retries }) {
      const location = { connection: redisUrl, prefix: `test-${randomUUID()}` };
      const worker = startQueueWorker({ ...location, processor, concurrency });
      const queue = createBullmqQueue({ ...location, ...retries, backoffMs: 10, reconcileIntervalMs: 100 });
      return {
        run: (jobs, options) => queue.run(jobs, options),
        async close() {
          await queue.close();
          await worker.close();
        },
      };
    },
  },
];

function answer(job: QueryJob, score = job.uid / 100): JobResult {
  return { id: job.id, uid: job.uid, hotkey: job.hotkey, score, status: 200, elapsedMs: 1 };
}

/** A processor that counts its calls per job id and otherwise behaves as `behave` says. */
function counting(
  behave: (job: QueryJob, call: number) => Promise<JobResult> | JobResult = (job) => answer(job),
) {
  const calls = new Map<string, number>();
  const processor: JobProcessor = async (job) => {
    const call = (calls.get(job.id) ?? 0) + 1;
    calls.set(job.id, call);
    return behave(job, call);
  };
  return { processor, calls };
}

const byUid = (results: JobResult[]) => [...results].sort((a, b) => a.uid - b.uid);

describe.each(backends)('queue back end: $name', (backend) => {
  beforeEach((context) => context.skip(backend.skip, 'no Redis: see the line at the start of the run'));
  function open(settings: QueueSettings): JobQueue {
    const queue = backend.create(settings);
    opened.push(queue);
    return queue;
  }

  it('default: every job is processed once and reported once, with its result', async () => {
    const { processor, calls } = counting();
    const queue = open({ processor, concurrency: 4 });
    const jobs = queryJobs(1, [...Array(20).keys()]);
    const results = await queue.run(jobs, { deadlineMs: Date.now() + 20_000 });
    expect(byUid(results)).toEqual(jobs.map((job) => answer(job)));
    expect([...calls.values()]).toEqual(Array(20).fill(1));
  });

  it('behavior: no more than `concurrency` jobs run at once', async () => {
    let active = 0;
    let mostActive = 0;
    let releaseAll = () => {};
    const allBusy = new Promise<void>((resolve) => {
      releaseAll = resolve;
    });
    const { processor } = counting(async (job) => {
      active += 1;
      mostActive = Math.max(mostActive, active);
      if (active === 3) releaseAll();
      await Promise.race([allBusy, new Promise((resolve) => setTimeout(resolve, 2_000))]);
      active -= 1;
      return answer(job);
    });
    const queue = open({ processor, concurrency: 3 });
    const results = await queue.run(queryJobs(2, [...Array(12).keys()]), { deadlineMs: Date.now() + 20_000 });
    expect(results).toHaveLength(12);
    expect(mostActive).toBe(3);
  });

  it('behavior: results not in by the deadline are missing, and a late result is dropped', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { processor, calls } = counting(async (job) => {
      if (job.uid >= 2) await held;
      return answer(job);
    });
    const queue = open({ processor, concurrency: 4 });
    const deadlineMs = Date.now() + 3_000; // room for a loaded machine to run the two quick jobs
    const results = await queue.run(queryJobs(3, [0, 1, 2, 3], deadlineMs), { deadlineMs });
    release();
    expect(byUid(results).map((result) => result.uid)).toEqual([0, 1]);
    expect(calls.get('1:3:2')).toBe(1);
  });

  it('error: a job that keeps failing scores 0 with the error, after every attempt', async () => {
    const { processor, calls } = counting(async (job) => {
      if (job.uid === 1) throw new Error('connect ECONNREFUSED 127.0.0.1:8001');
      return answer(job);
    });
    const queue = open({ processor, concurrency: 2, attempts: 3 });
    const results = byUid(await queue.run(queryJobs(4, [0, 1]), { deadlineMs: Date.now() + 20_000 }));
    expect(results[0]).toEqual(answer(queryJobs(4, [0])[0] as QueryJob));
    expect(results[1]).toMatchObject({
      id: '1:4:1',
      uid: 1,
      score: 0,
      status: 0,
      error: 'connect ECONNREFUSED 127.0.0.1:8001',
    });
    expect(calls.get('1:4:1')).toBe(3);
  });

  it('behavior: a transient error is retried and the job then succeeds', async () => {
    const { processor, calls } = counting(async (job, call) => {
      if (call < 3) throw new Error('socket hang up');
      return answer(job);
    });
    const queue = open({ processor, concurrency: 2, attempts: 3 });
    const jobs = queryJobs(5, [4, 5]);
    const results = byUid(await queue.run(jobs, { deadlineMs: Date.now() + 20_000 }));
    expect(results).toEqual(jobs.map((job) => answer(job)));
    expect([...calls.values()]).toEqual([3, 3]);
  });

  it('error: an UnrecoverableJobError is not retried and scores 0', async () => {
    const { processor, calls } = counting(async () => {
      throw new UnrecoverableJobError('answer has 9 classes, expected 10');
    });
    const queue = open({ processor, concurrency: 2, attempts: 5 });
    const results = await queue.run(queryJobs(6, [7]), { deadlineMs: Date.now() + 20_000 });
    expect(results).toMatchObject([
      { id: '1:6:7', score: 0, status: 0, error: 'answer has 9 classes, expected 10' },
    ]);
    expect(calls.get('1:6:7')).toBe(1);
  });

  it('behavior: a duplicate id runs once and is reported once, in the same call and in a later one', async () => {
    const { processor, calls } = counting();
    const queue = open({ processor, concurrency: 4 });
    const [a, b] = queryJobs(7, [1, 2]) as [QueryJob, QueryJob];
    const first = await queue.run([a, a, b, a], { deadlineMs: Date.now() + 20_000 });
    expect(byUid(first)).toEqual([answer(a), answer(b)]);
    const again = await queue.run([{ ...a, challenge: { x: 'changed' } }], {
      deadlineMs: Date.now() + 20_000,
    });
    expect(again).toEqual([answer(a)]);
    expect(calls.get(a.id)).toBe(1);
  });

  it('error: a job whose id is not its netuid:step:uid is refused before anything runs', async () => {
    const { processor, calls } = counting();
    const queue = open({ processor, concurrency: 2 });
    const [good, bad] = queryJobs(8, [1, 2]) as [QueryJob, QueryJob];
    await expect(
      queue.run([good, { ...bad, id: '1:8:99' }], { deadlineMs: Date.now() + 5_000 }),
    ).rejects.toMatchObject({
      code: 'VALIDATOR_QUEUE_JOB_INVALID',
    });
    expect(calls.size).toBe(0);
  });

  it('behavior: a job still running at its deadline is abandoned — its slot frees, it scores 0, close() does not wait', async () => {
    const { processor, calls } = counting(async (job) => {
      if (job.uid === 0) return new Promise<JobResult>(() => {}); // hangs forever
      return answer(job);
    });
    const queue = open({ processor, concurrency: 1 });
    const [hanging] = queryJobs(9, [0], Date.now() + 1_500);
    const [quick] = queryJobs(9, [1]);
    const results = byUid(
      await queue.run([hanging as QueryJob, quick as QueryJob], { deadlineMs: Date.now() + 20_000 }),
    );
    expect(results[0]).toMatchObject({
      uid: 0,
      score: 0,
      status: 0,
      error: expect.stringMatching(/deadline/), // 'still running at' it, or 'passed before' a slow worker took it
    });
    expect(results[1]).toEqual(answer(quick as QueryJob));
    expect(calls.get('1:9:0') ?? 0).toBeLessThanOrEqual(1); // never retried
    await queue.close(); // would never resolve if it waited for the hanging processor
  });
});
