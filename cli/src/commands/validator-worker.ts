import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDendrite, createSigner } from '@subnetkit/sdk';
import type { JobProcessor } from '@subnetkit/validator';
import { CliError } from '../framework/cli-error.js';
import { defineGroup } from '../framework/define-group.js';
import { nextStopSignal } from '../framework/next-stop-signal.js';
import { PASSWORD_OPTIONS, WALLET_OPTIONS } from '../framework/option-spec.js';
import type { CommandContext, Subcommand } from '../framework/subcommand.js';
import type { Command } from '../main.js';
import { daemonLogger } from '../output/daemon-logger.js';
import { DEFAULT_SUBNET } from '../subnet/load-subnet-module.js';
import { unlockHotkey } from '../wallet/load-keys.js';
import { loadSubnet } from './validator.js';

/** Loads a `--processor` module's `createProcessor()`: for jobs that are not one dendrite query. */
async function loadProcessorModule(specifier: string): Promise<JobProcessor> {
  let module: { createProcessor?: unknown };
  try {
    module = (await import(pathToFileURL(resolve(specifier)).href)) as { createProcessor?: unknown };
  } catch (cause) {
    throw new CliError(
      'CLI_INVALID_OPTION',
      `--processor ${specifier} could not be loaded: ${(cause as Error).message}`,
      {
        fix: 'pass the path of a module exporting createProcessor(): JobProcessor | Promise<JobProcessor>',
        cause,
      },
    );
  }
  if (typeof module.createProcessor !== 'function') {
    throw new CliError('CLI_INVALID_OPTION', `--processor ${specifier} exports no createProcessor()`, {
      fix: 'export function createProcessor(): JobProcessor | Promise<JobProcessor> (see docs/validator.md)',
    });
  }
  return (await module.createProcessor()) as JobProcessor;
}

/** The processor of `subnetkit validator`: the subnet's `score` over dendrite queries signed with the hotkey. */
async function subnetProcessor(context: CommandContext): Promise<JobProcessor> {
  const subnet = await loadSubnet(context.options.requiredString('subnet'));
  const dendrite = createDendrite({ signer: createSigner(await unlockHotkey(context)) });
  context.defer(() => dendrite.close());
  const { createQueryProcessor } = await import('@subnetkit/validator');
  return createQueryProcessor({ dendrite, synapse: subnet.synapse, score: subnet.score });
}

const run: Subcommand = {
  options: [
    {
      name: 'redis',
      type: 'string',
      placeholder: 'URL',
      description: 'redis://host:port, rediss://…, or a cluster: redis+cluster://a:port,b:port',
    },
    {
      name: 'subnet',
      type: 'string',
      default: DEFAULT_SUBNET,
      placeholder: 'MODULE',
      description: "the validator's module exporting { synapse, challenge, score }",
    },
    {
      name: 'processor',
      type: 'string',
      placeholder: 'MODULE',
      description:
        'instead of --subnet: a module exporting createProcessor(): JobProcessor (no wallet needed)',
    },
    ...WALLET_OPTIONS,
    ...PASSWORD_OPTIONS,
    { name: 'concurrency', type: 'string', default: '16', placeholder: 'N', description: 'jobs run at once' },
    {
      name: 'prefix',
      type: 'string',
      default: 'subnetkit',
      placeholder: 'P',
      description: "Redis key prefix, as the validator's",
    },
    {
      name: 'queue',
      type: 'string',
      default: 'query',
      placeholder: 'NAME',
      description: "queue name, as the validator's",
    },
    {
      name: 'lock-duration-ms',
      type: 'string',
      default: '30000',
      placeholder: 'MS',
      description: 'how soon another worker takes over the jobs of a worker that died',
    },
    {
      name: 'stalled-interval-ms',
      type: 'string',
      default: '30000',
      placeholder: 'MS',
      description: 'how often workers look for such jobs (use one value for all workers)',
    },
    { name: 'logging.debug', type: 'boolean', description: 'also log debug lines' },
  ],
  examples: [
    'subnetkit validator-worker --redis redis://10.0.0.5:6379 --subnet ./my-subnet.js --wallet.name validator --wallet.hotkey default',
    'subnetkit validator-worker --redis redis+cluster://10.0.0.5:7000,10.0.0.6:7000 --concurrency 64',
  ],
  async run(context) {
    const { options, output } = context;
    // BullMQ and Redis load only now, so `--help` answers at once.
    const { describeRedisConnection, parseRedisConnection, pingRedis, startQueueWorker } = await import(
      '@subnetkit/validator'
    );
    const logger = daemonLogger(context, 'validator-worker');
    const connection = parseRedisConnection(options.requiredString('redis', 'the Redis the validator uses'));
    await pingRedis(connection); // no Redis: exit now with the fix, not wait on a queue that never connects
    const processorModule = options.string('processor');
    const processor =
      processorModule === undefined
        ? await subnetProcessor(context)
        : await loadProcessorModule(processorModule);
    const concurrency = options.integer('concurrency', { min: 1, max: 65_536 });
    const worker = startQueueWorker({
      connection,
      prefix: options.requiredString('prefix'),
      queueName: options.requiredString('queue'),
      processor,
      concurrency,
      lockDurationMs: options.integer('lock-duration-ms', { min: 100, max: 86_400_000 }),
      stalledIntervalMs: options.integer('stalled-interval-ms', { min: 100, max: 86_400_000 }),
      logger,
    });
    context.defer(() => worker.close()); // finishes the running jobs
    const stopped = nextStopSignal(); // before the ready line: whoever reads it may signal at once
    output.line(
      `validator-worker ready ${JSON.stringify({ redis: describeRedisConnection(connection), concurrency })}`,
    );
    const signal = await stopped;
    logger.info({ signal }, 'stopping: finishing the running jobs');
  },
};

const group = defineGroup({
  name: 'validator-worker',
  summary:
    'run query+score jobs from a validator’s Redis queue (subnetkit validator-worker [run] --redis URL …)',
  subcommands: {
    run: {
      summary:
        'run query+score jobs for validators that use the Redis queue (subnetkit validator --redis URL), on this machine or any other that reaches Redis and the miners',
      load: async () => run,
    },
  },
});

/** `subnetkit validator-worker …`: a BullMQ worker for validators' Redis queue, until SIGTERM/SIGINT. */
export const validatorWorkerCommand: Command = (args, io) =>
  group(args[0] === 'run' || args[0] === 'help' ? args : ['run', ...args], io);
