// Faults only the Redis back end has: Redis crashing mid-step, a worker process dying mid-job, Redis down at start,
// and a worker process stopped with SIGTERM while a job runs. Real redis-server processes, real worker processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@subnetkit/sdk';
import { createBullmqQueue, type JobProcessor, type JobResult, startQueueWorker } from '@subnetkit/validator';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryJobs } from './query-jobs.js';
import { createRedisServer, freePort, type RedisServer, startRedisServer } from './redis-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runCli = fileURLToPath(new URL('../devnet/fixtures/run-cli.ts', import.meta.url));
const processorModule = fileURLToPath(new URL('./fixtures/queue-processor.ts', import.meta.url));

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let shared: RedisServer;
beforeAll(async () => {
  shared = await startRedisServer();
});
afterAll(async () => shared.dispose());

/** A logger that records every line, for asserting what was logged and how often. */
function recordingLogger(): Logger & {
  lines: Array<{ level: string; msg: string | undefined; code?: string }>;
} {
  const lines: Array<{ level: string; msg: string | undefined; code?: string }> = [];
  const at = (level: string) => (obj: object, msg?: string) => lines.push({ level, msg, ...obj });
  const logger = {
    debug: () => {},
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => logger,
    lines,
  };
  return logger;
}

function scoring(score: number, delayMs = 0) {
  const calls = new Map<string, number>();
  const processor: JobProcessor = async (job) => {
    calls.set(job.id, (calls.get(job.id) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { id: job.id, uid: job.uid, hotkey: job.hotkey, score, status: 200, elapsedMs: delayMs };
  };
  return { processor, calls };
}

/** A `subnetkit … ` process run from source; `output`/`stderr` grow as it writes, `ready` waits for its ready line. */
type CliProcess = {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: string;
  stderr: string;
  ready: Promise<void>;
};
const processes: CliProcess[] = [];
afterAll(() => {
  for (const { child } of processes) child.kill('SIGKILL');
});

function spawnCli(args: string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', runCli, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const cli: CliProcess = { child, exited, output: '', stderr: '', ready: Promise.resolve() };
  child.stderr?.on('data', (data: Buffer) => {
    cli.stderr += data.toString();
  });
  cli.ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (data: Buffer) => {
      cli.output += data.toString();
      if (cli.output.includes('validator-worker ready')) resolve();
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${cli.stderr}`)));
  });
  cli.ready.catch(() => {}); // a test that expects the exit reads `exited`
  processes.push(cli);
  return cli;
}

/** A `validator-worker` process on the shared Redis, taking jobs with the fixture processor. */
const spawnWorker = (prefix: string, env: Record<string, string>, extra: string[] = []) =>
  spawnCli(
    ['validator-worker', '--redis', shared.url, '--prefix', prefix, '--processor', processorModule, ...extra],
    env,
  );

// The worker processes take seconds to start on a loaded machine: start both at once, up front.
const doomedPrefix = `test-${randomUUID()}`;
const drainingPrefix = `test-${randomUUID()}`;
let doomed: CliProcess;
let draining: CliProcess;
beforeAll(() => {
  doomed = spawnWorker(doomedPrefix, { QUEUE_FIXTURE_HANG_UID: '0', QUEUE_FIXTURE_SCORE: '0.1' }, [
    '--concurrency',
    '1',
    '--lock-duration-ms',
    '1000',
    '--stalled-interval-ms',
    '300',
  ]);
  draining = spawnWorker(drainingPrefix, { QUEUE_FIXTURE_DELAY_MS: '500', QUEUE_FIXTURE_SCORE: '0.3' });
});

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const idsOf = (results: JobResult[]) => results.map((result) => result.id).sort();

describe.skipIf(!inject('redis').server)('BullMQ back end under faults', () => {
  it('behavior: Redis killed and restarted mid-step — no job lost or double-counted, the step completes', async () => {
    const redis = await startRedisServer({ persistent: true });
    cleanups.push(() => redis.dispose());
    const location = { connection: redis.url, prefix: `test-${randomUUID()}` };
    const { processor, calls } = scoring(0.5, 40);
    const logger = recordingLogger();
    const worker = startQueueWorker({
      ...location,
      processor,
      concurrency: 2,
      lockDurationMs: 3_000,
      stalledIntervalMs: 1_000,
    });
    const queue = createBullmqQueue({ ...location, reconcileIntervalMs: 100, logger });
    cleanups.push(
      () => worker.close(),
      () => queue.close(),
    );

    const jobs = queryJobs(1, [...Array(30).keys()]);
    const step = queue.run(jobs, { deadlineMs: Date.now() + 25_000 });
    await until(() => calls.size >= 6, 'the first jobs to run');
    await redis.stop('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await redis.start();
    const results = await step;

    expect(idsOf(results)).toEqual(jobs.map((job) => job.id).sort());
    expect(results.every((result) => result.score === 0.5)).toBe(true);
    const outages = logger.lines.filter((line) => line.code === 'VALIDATOR_QUEUE_REDIS_UNAVAILABLE');
    expect(outages).toHaveLength(1);
    expect(logger.lines.some((line) => line.msg === 'Redis is reachable again')).toBe(true);
  });

  it('behavior: a worker process killed mid-job — another worker runs the job again, counted once', {
    timeout: 90_000,
  }, async () => {
    // waits for a worker process to start
    const prefix = doomedPrefix;
    await doomed.ready;
    const queue = createBullmqQueue({ connection: shared.url, prefix, reconcileIntervalMs: 100 });
    cleanups.push(() => queue.close());
    const jobs = queryJobs(2, [0, 1, 2, 3]);
    const step = queue.run(jobs, { deadlineMs: Date.now() + 25_000 });
    await until(() => doomed.output.includes('started 1:2:0'), 'the doomed worker to take job 1:2:0');
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    const { processor, calls } = scoring(0.9);
    const survivor = startQueueWorker({ connection: shared.url, prefix, processor, stalledIntervalMs: 300 });
    cleanups.push(() => survivor.close());
    const results = await step;

    expect(idsOf(results)).toEqual(jobs.map((job) => job.id).sort());
    expect(results.find((result) => result.uid === 0)).toMatchObject({ score: 0.9, status: 200 });
    expect(calls.get('1:2:0')).toBe(1);
  });

  it('error: Redis down at start — one clear error each, the step ends at its deadline, and the queue recovers', async () => {
    const port = await freePort();
    const location = { connection: `redis://127.0.0.1:${port}`, prefix: `test-${randomUUID()}` };
    const workerLogger = recordingLogger();
    const queueLogger = recordingLogger();
    const { processor } = scoring(0.7);
    const worker = startQueueWorker({ ...location, processor, logger: workerLogger });
    const queue = createBullmqQueue({ ...location, reconcileIntervalMs: 100, logger: queueLogger });
    cleanups.push(
      () => worker.close(),
      () => queue.close(),
    );

    const deadlineMs = Date.now() + 1_000;
    expect(await queue.run(queryJobs(3, [0, 1], deadlineMs), { deadlineMs })).toEqual([]);
    await until(
      () => workerLogger.lines.some((line) => line.level === 'error'),
      'the worker to report Redis down',
    );
    for (const logger of [queueLogger, workerLogger]) {
      expect(logger.lines.filter((line) => line.level === 'error').map((line) => line.code)).toEqual([
        'VALIDATOR_QUEUE_REDIS_UNAVAILABLE',
      ]);
    }

    const redis = createRedisServer(port);
    cleanups.unshift(() => redis.dispose()); // stopped after the queue and worker
    await redis.start();
    const jobs = queryJobs(4, [0, 1, 2]);
    const results = await queue.run(jobs, { deadlineMs: Date.now() + 20_000 });
    expect(idsOf(results)).toEqual(jobs.map((job) => job.id).sort());
    expect(results.every((result) => result.score === 0.7)).toBe(true);
    expect(queueLogger.lines.filter((line) => line.msg === 'Redis is reachable again')).toHaveLength(1);
  });

  it('error: a coordinator and a worker close while Redis is down', async () => {
    const location = { connection: `redis://127.0.0.1:${await freePort()}`, prefix: `test-${randomUUID()}` };
    const worker = startQueueWorker({ ...location, processor: scoring(1).processor });
    const queue = createBullmqQueue(location);
    const deadlineMs = Date.now() + 300;
    expect(await queue.run(queryJobs(5, [0], deadlineMs), { deadlineMs })).toEqual([]);
    await Promise.all([queue.close(), worker.close()]);
    await expect(queue.run(queryJobs(5, [1]), { deadlineMs })).rejects.toMatchObject({
      code: 'VALIDATOR_QUEUE_CLOSED',
    });
  });

  it('behavior: SIGTERM stops a worker process after its running job, which is counted', {
    timeout: 90_000,
  }, async () => {
    // waits for a worker process to start
    const prefix = drainingPrefix;
    const worker = draining;
    await worker.ready;
    const queue = createBullmqQueue({ connection: shared.url, prefix, reconcileIntervalMs: 100 });
    cleanups.push(() => queue.close());
    const step = queue.run(queryJobs(6, [9]), { deadlineMs: Date.now() + 20_000 });
    await until(() => worker.output.includes('started 1:6:9'), 'the worker to take the job');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(await step).toMatchObject([{ id: '1:6:9', score: 0.3, status: 200 }]);
  });
});
