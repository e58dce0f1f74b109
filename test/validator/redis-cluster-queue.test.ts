// The BullMQ back end on a real three-master Redis Cluster, reached with a redis+cluster:// URL: jobs spread over
// worker and coordinator connections to the cluster, every job processed once, duplicate ids not rerun.
import { randomUUID } from 'node:crypto';
import { createBullmqQueue, type JobProcessor, type QueryJob, startQueueWorker } from '@subnetkit/validator';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startRedisCluster } from './redis-server.js';

/** `it`, skipped where the machine has no redis-server (the run says so once: test/support/redis-global-setup.ts). */
const test = it.skipIf(!inject('redis').server);
let cluster: Awaited<ReturnType<typeof startRedisCluster>>;
beforeAll(async () => {
  cluster = await startRedisCluster(3);
});
afterAll(async () => cluster?.dispose());

test('default: a step over a Redis Cluster runs every job once, and a repeated step reruns nothing', async () => {
  const [first, second] = cluster.nodes;
  const location = {
    connection: `redis+cluster://127.0.0.1:${first?.port},127.0.0.1:${second?.port}`,
    prefix: `test-${randomUUID()}`,
  };
  const calls = new Map<string, number>();
  const processor: JobProcessor = async (job) => {
    calls.set(job.id, (calls.get(job.id) ?? 0) + 1);
    return { id: job.id, uid: job.uid, hotkey: job.hotkey, score: job.uid / 10, status: 200, elapsedMs: 1 };
  };
  const worker = startQueueWorker({ ...location, processor, concurrency: 4 });
  const queue = createBullmqQueue({ ...location, reconcileIntervalMs: 100 });
  try {
    const deadlineMs = Date.now() + 20_000;
    const jobs: QueryJob[] = [...Array(8).keys()].map((uid) => ({
      id: `3:1:${uid}`,
      netuid: 3,
      step: 1,
      seed: '0x00',
      uid,
      hotkey: `hotkey-${uid}`,
      axon: { ip: '127.0.0.1', port: 9000 + uid, hotkey: `hotkey-${uid}` },
      challenge: null,
      deadlineMs,
    }));
    const results = await queue.run(jobs, { deadlineMs });
    expect(results.map((result) => [result.id, result.score])).toEqual(
      jobs.map((job) => [job.id, job.uid / 10]),
    );
    expect(await queue.run(jobs, { deadlineMs })).toEqual(results);
    expect([...calls.values()]).toEqual(Array(8).fill(1));
  } finally {
    await queue.close();
    await worker.close();
  }
});
