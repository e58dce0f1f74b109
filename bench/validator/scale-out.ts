/**
 * Scale-out bench: throughput of CPU-bound scoring on the BullMQ back end with 1 vs 2 worker PROCESSES.
 * Each job hashes a fixed amount (scale-out-scoring.ts); each worker process runs one job at a time. Rounds
 * alternate the two set-ups (both sets of workers stay up; an idle worker only waits on Redis), so both see the
 * same background load; the table quotes medians and the ratio. Target: 2 workers ≥ 1.8× the throughput of 1,
 * which needs two idle cores (check the load average printed with the results).
 * Run: `cd bench && npm run validator-scale-out` (starts its own redis-server on a free port, or uses REDIS_URL).
 * Environment: SCALE_OUT_JOBS (default 48 per step), SCALE_OUT_ROUNDS (default 7), SCALE_OUT_HASH_ROUNDS (1500).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createBullmqQueue, type JobQueue, type QueryJob } from '@subnetkit/validator';
import { formatTable } from '../yuma/format-table.js';
import { hashingProcessor } from './scale-out-scoring.js';

const JOBS = Number(process.env.SCALE_OUT_JOBS ?? 48);
const ROUNDS = Number(process.env.SCALE_OUT_ROUNDS ?? 7);
const HASH_ROUNDS = Number(process.env.SCALE_OUT_HASH_ROUNDS ?? 1500);
const workerScript = fileURLToPath(new URL('./scale-out-worker.ts', import.meta.url));
const children: ChildProcess[] = [];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
  });
}

/** A throwaway redis-server on a free loopback port, nothing written to disk. */
async function startRedis(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  children.push(spawn('redis-server', args, { stdio: 'ignore' }));
  for (let tries = 0; tries < 200 && !(await answersPing(port)); tries += 1) await sleep(25);
  return `redis://127.0.0.1:${port}`;
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks at 100 Hz). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function startWorker(url: string, prefix: string): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', workerScript, url, prefix, String(HASH_ROUNDS)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (data: Buffer) => data.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return child.pid as number;
}

type Setup = {
  name: string;
  processes: number;
  prefix: string;
  pids: number[];
  seconds: number[];
  cores: number[];
};

function stepJobs(setup: Setup | undefined, step: number, count: number): QueryJob[] {
  const deadlineMs = Date.now() + 300_000;
  return Array.from({ length: count }, (_, uid) => ({
    id: `${setup?.processes ?? 0}:${step}:${uid}`, // the set-up's worker count as netuid keeps ids apart
    netuid: setup?.processes ?? 0,
    step,
    seed: '0x00',
    uid,
    hotkey: `miner-${uid}`,
    axon: { ip: '127.0.0.1', port: 0, hotkey: `miner-${uid}` },
    challenge: null,
    deadlineMs,
  }));
}

/**
 * Runs one step of `count` jobs through `queue`, checking that every job came back: the wall seconds, and the
 * cores the set-up's worker processes got meanwhile (their CPU seconds over the wall seconds).
 */
async function timeStep(queue: JobQueue, setup: Setup, step: number, count: number) {
  const jobs = stepJobs(setup, step, count);
  const cpuBefore = setup.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const started = performance.now();
  const results = await queue.run(jobs, { deadlineMs: Date.now() + 300_000 });
  const seconds = (performance.now() - started) / 1000;
  const cpu = setup.pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - cpuBefore;
  if (results.length !== count || results.some((result) => result.status !== 200)) {
    throw new Error(`${setup.name}: ${results.length}/${count} results`);
  }
  return { seconds, cores: cpu / seconds };
}

try {
  const url = process.env.REDIS_URL ?? (await startRedis());
  const loadBefore = loadavg();

  // Reference: the CPU time of the same job run in this process with no queue (load-independent).
  const reference = hashingProcessor(HASH_ROUNDS);
  const perJobMs: number[] = [];
  for (const job of stepJobs(undefined, 0, 12)) {
    const before = process.cpuUsage();
    await reference(job);
    const used = process.cpuUsage(before);
    perJobMs.push((used.user + used.system) / 1000);
  }
  const jobMs = median(perJobMs.slice(2));

  const setups: Setup[] = [1, 2].map((processes) => ({
    name: processes === 1 ? '1 worker' : `${processes} workers`,
    processes,
    prefix: `bench-${processes}w-${randomUUID()}`,
    pids: [],
    seconds: [],
    cores: [],
  }));
  const queues = new Map<Setup, JobQueue>();
  for (const setup of setups) {
    for (let index = 0; index < setup.processes; index += 1)
      setup.pids.push(await startWorker(url, setup.prefix));
    queues.set(setup, createBullmqQueue({ connection: url, prefix: setup.prefix, reconcileIntervalMs: 50 }));
  }
  for (const setup of setups) await timeStep(queues.get(setup) as JobQueue, setup, 1, JOBS / 4); // warm-up

  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? setups : [...setups].reverse();
    for (const setup of order) {
      const { seconds, cores } = await timeStep(queues.get(setup) as JobQueue, setup, 2 + round, JOBS);
      setup.seconds.push(seconds);
      setup.cores.push(cores);
    }
  }
  const loadAfter = loadavg();

  const one = setups[0] as Setup;
  const rows = setups.map((setup) => {
    const seconds = median(setup.seconds);
    const cores = median(setup.cores);
    return {
      setup: setup.name,
      processes: setup.processes,
      medianStepSeconds: seconds,
      jobsPerSecond: JOBS / seconds,
      speedup: median(one.seconds) / seconds,
      perRoundSpeedups: setup.seconds.map((s, round) => (one.seconds[round] as number) / s),
      medianCoresObtained: cores,
      jobsPerSecondPerCore: JOBS / seconds / cores,
      efficiency: JOBS / seconds / cores / (1000 / jobMs),
    };
  });
  const noQueuePerCore = 1000 / jobMs;
  console.log(
    `\nBullMQ scale-out: ${JOBS} CPU-bound jobs per step (${HASH_ROUNDS} × 16 KiB SHA-256, ≈${jobMs.toFixed(1)} ms of CPU each`,
  );
  console.log(
    `here), one job at a time per worker process, ${ROUNDS} alternating rounds, medians. ${cpus().length} cores;`,
  );
  console.log(`load average ${loadBefore[0]?.toFixed(2)} before, ${loadAfter[0]?.toFixed(2)} after.\n`);
  console.log(
    formatTable(
      [
        'set-up',
        'median step (s)',
        'jobs/s',
        'vs 1 worker',
        'cores the workers got',
        'jobs/s per core got',
        'efficiency',
      ],
      rows.map((row) => [
        row.setup,
        row.medianStepSeconds.toFixed(3),
        row.jobsPerSecond.toFixed(1),
        `${row.speedup.toFixed(2)}×`,
        row.medianCoresObtained.toFixed(2),
        row.jobsPerSecondPerCore.toFixed(1),
        `${((100 * row.jobsPerSecondPerCore) / noQueuePerCore).toFixed(0)}%`,
      ]),
    ),
  );
  console.log(
    `\nReference: the same job in one process with no queue: ${noQueuePerCore.toFixed(1)} jobs per CPU-second (efficiency = jobs/s per core got ÷ that).`,
  );
  const result = {
    bench: 'validator-scale-out',
    jobsPerStep: JOBS,
    rounds: ROUNDS,
    hashRounds: HASH_ROUNDS,
    jobMs,
    noQueueJobsPerCpuSecond: noQueuePerCore,
    cores: cpus().length,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    setups: rows,
    speedupTwoVsOne: rows[1]?.speedup,
    target: 1.8,
  };
  mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('../results/validator-scale-out.json', import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log(`\n${JSON.stringify({ speedupTwoVsOne: result.speedupTwoVsOne, target: 1.8 })}`);
  await Promise.all([...queues.values()].map((queue) => queue.close()));
} finally {
  for (const child of children) child.kill('SIGTERM');
}
