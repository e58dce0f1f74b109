import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type JobProcessor, type Logger, startQueueWorker, ValidatorError } from '@subnetkit/validator';
import type { Command } from '../main.js';

const usage = `usage: subnetkit validator-worker --redis URL --subnet MODULE [options]

Runs query+score jobs for validators that use the Redis queue (\`subnetkit validator --redis URL\`), on this
machine or any other that reaches Redis and the miners (see docs/validator.md, "Scaling out with Redis").

options:
  --redis URL                redis://host:port, rediss://…, redis+cluster://a:port,b:port (repeat --redis to list
                             cluster nodes one by one)
  --subnet MODULE            a module exporting createProcessor(): JobProcessor | Promise<JobProcessor>
  --concurrency N            jobs run at once (default 16)
  --prefix P                 Redis key prefix, as the validator's (default subnetkit)
  --queue NAME               queue name, as the validator's (default query)
  --lock-duration-ms MS      how soon another worker takes over the jobs of a worker that died (default 30000)
  --stalled-interval-ms MS   how often this worker looks for such jobs (default 30000)

SIGTERM or SIGINT stops taking jobs, finishes the running ones, and exits 0.
`;

/** Writes pino-style JSON lines to stderr: the worker's log, one object per line. */
function jsonLinesLogger(bindings: Record<string, unknown> = {}): Logger {
  const write = (level: string) => (obj: object, msg?: string) =>
    process.stderr.write(`${JSON.stringify({ level, time: Date.now(), ...bindings, ...obj, msg })}\n`);
  return {
    debug: () => {},
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (more) => jsonLinesLogger({ ...bindings, ...more }),
  };
}

async function loadProcessor(modulePath: string): Promise<JobProcessor> {
  const module = (await import(pathToFileURL(resolve(modulePath)).href)) as {
    createProcessor?: () => JobProcessor | Promise<JobProcessor>;
  };
  if (typeof module.createProcessor !== 'function') {
    throw new Error(`${modulePath} does not export createProcessor(): JobProcessor | Promise<JobProcessor>`);
  }
  return module.createProcessor();
}

function integerFlag(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`--${name} must be an integer, got '${String(raw)}'`);
  return value;
}

/** `subnetkit validator-worker`: a BullMQ worker for the validator's Redis queue, until SIGTERM/SIGINT. */
export const validatorWorkerCommand: Command = async (args) => {
  let worker: ReturnType<typeof startQueueWorker>;
  try {
    const { values } = parseArgs({
      args,
      options: {
        redis: { type: 'string', multiple: true },
        subnet: { type: 'string' },
        concurrency: { type: 'string' },
        prefix: { type: 'string' },
        queue: { type: 'string' },
        'lock-duration-ms': { type: 'string' },
        'stalled-interval-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(usage);
      return 0;
    }
    if (values.redis === undefined || values.subnet === undefined)
      throw new Error('--redis and --subnet are required');
    worker = startQueueWorker({
      connection: values.redis.length === 1 ? (values.redis[0] as string) : values.redis,
      prefix: values.prefix,
      queueName: values.queue,
      processor: await loadProcessor(values.subnet),
      concurrency: integerFlag(values, 'concurrency'),
      lockDurationMs: integerFlag(values, 'lock-duration-ms'),
      stalledIntervalMs: integerFlag(values, 'stalled-interval-ms'),
      logger: jsonLinesLogger({ name: 'validator-worker', pid: process.pid }),
    });
  } catch (error) {
    const code = error instanceof ValidatorError ? ` [${error.code}]` : '';
    process.stderr.write(`subnetkit validator-worker${code}: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  process.stdout.write('validator-worker ready\n');
  const signal = await new Promise<NodeJS.Signals>((resolveSignal) => {
    process.once('SIGTERM', resolveSignal);
    process.once('SIGINT', resolveSignal);
  });
  process.stdout.write(`validator-worker: ${signal}, finishing running jobs\n`);
  await worker.close();
  return 0;
};
