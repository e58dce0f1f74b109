import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createDendrite, createSigner, getMetagraph, type Synapse } from '@subnetkit/sdk';
import type { ChallengeFunction, JobQueue, QueueWorker, ScoreFunction } from '@subnetkit/validator';
import { connectClient } from '../chain/connect-client.js';
import { explainChainError } from '../chain/explain-chain-error.js';
import { CliError } from '../framework/cli-error.js';
import type { CommandOptions } from '../framework/command-options.js';
import { defineGroup } from '../framework/define-group.js';
import { nextStopSignal } from '../framework/next-stop-signal.js';
import { CHAIN_OPTIONS, NETUID_OPTION, PASSWORD_OPTIONS, WALLET_OPTIONS } from '../framework/option-spec.js';
import { explainPortInUse } from '../framework/port-in-use.js';
import type { Subcommand } from '../framework/subcommand.js';
import type { Command } from '../main.js';
import { daemonLogger } from '../output/daemon-logger.js';
import { DEFAULT_SUBNET, loadSubnetModule } from '../subnet/load-subnet-module.js';
import { unlockHotkey } from '../wallet/load-keys.js';
import { walletLocation } from '../wallet/wallet-location.js';

/** What a `--subnet` module provides to a validator (the digits template's `digitsSubnet` is one). */
type ValidatorSubnet = {
  readonly synapse: Synapse;
  readonly challenge: ChallengeFunction<Synapse>;
  readonly score: ScoreFunction<Synapse>;
};

const isSubnet = (value: unknown): value is ValidatorSubnet =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ValidatorSubnet).challenge === 'function' &&
  typeof (value as ValidatorSubnet).score === 'function' &&
  typeof (value as ValidatorSubnet).synapse?.name === 'string';

export function loadSubnet(specifier: string): Promise<ValidatorSubnet> {
  return loadSubnetModule(specifier, {
    isSubnet,
    exports: '{ synapse, challenge, score }',
    exportAs: '{ synapse, challenge, score }',
    docs: 'docs/validator.md',
  });
}

function numberOption(options: CommandOptions, name: string, bounds: { min: number; max: number }): number {
  const text = options.requiredString(name);
  const value = Number(text);
  if (!Number.isFinite(value) || value < bounds.min || value > bounds.max) {
    throw new CliError(
      'CLI_INVALID_OPTION',
      `--${name} takes a number in [${bounds.min}, ${bounds.max}]; got ${text}`,
    );
  }
  return value;
}

const run: Subcommand = {
  options: [
    NETUID_OPTION,
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    ...PASSWORD_OPTIONS,
    {
      name: 'subnet',
      type: 'string',
      default: DEFAULT_SUBNET,
      placeholder: 'MODULE',
      description: 'module exporting { synapse, challenge, score }; default the digits example',
    },
    {
      name: 'state',
      type: 'string',
      placeholder: 'FILE',
      description:
        'score store (default <wallet.path>/<wallet>/validators/<hotkey>/netuid<N>/state.json, beside the wallet)',
    },
    {
      name: 'neuron.timeout',
      type: 'string',
      default: '12',
      placeholder: 'SECONDS',
      description: 'deadline of a step (metagraph sync and queries)',
    },
    {
      name: 'neuron.sample_size',
      type: 'string',
      placeholder: 'N',
      description: 'miners queried per step (default all serving miners)',
    },
    {
      name: 'neuron.moving_average_alpha',
      type: 'string',
      default: '0.1',
      placeholder: 'ALPHA',
      description: 'weight of a new score in the moving average',
    },
    {
      name: 'neuron.step_blocks',
      type: 'string',
      default: '1',
      placeholder: 'N',
      description: 'a step starts at most every N blocks',
    },
    {
      name: 'concurrency',
      type: 'string',
      default: '64',
      placeholder: 'N',
      description: 'queries in flight at once (per local worker with --redis)',
    },
    {
      name: 'redis',
      type: 'string',
      placeholder: 'URL',
      description: 'run query jobs on BullMQ (redis://…, rediss://…, redis+cluster://a:port,b:port)',
    },
    {
      name: 'workers',
      type: 'string',
      default: '1',
      placeholder: 'N',
      description: 'with --redis: query workers in this process (0 = only `subnetkit validator-worker`s)',
    },
    {
      name: 'axon.external_ip',
      type: 'string',
      placeholder: 'IP',
      description:
        "announce this public IP on chain (serve_axon), as Bittensor validators do, so miners' firewalls (subnetkit miner firewall) let it in",
    },
    {
      name: 'axon.external_port',
      type: 'string',
      default: '8091',
      placeholder: 'PORT',
      description: 'the port announced with --axon.external_ip',
    },
    {
      name: 'metrics.port',
      type: 'string',
      default: '9100',
      placeholder: 'PORT',
      description: 'port of /metrics and /healthz (0 = any free port)',
    },
    {
      name: 'metrics.host',
      type: 'string',
      default: '127.0.0.1',
      placeholder: 'IP',
      description: 'interface of /metrics and /healthz',
    },
    { name: 'logging.debug', type: 'boolean', description: 'also log debug lines' },
  ],
  examples: [
    'subnetkit validator --netuid 1 --wallet.name validator --wallet.hotkey default --subtensor.chain_endpoint ws://127.0.0.1:9944',
    'subnetkit validator --netuid 1 --wallet.name validator --redis redis://10.0.0.5:6379 --workers 0',
  ],
  async run(context) {
    const { options, io, output } = context;
    const netuid = options.netuid();
    // BullMQ, Redis and Fastify load only now, so `--help` answers at once.
    const {
      buildValidatorServer,
      createBullmqQueue,
      createFileScoreStore,
      createInProcessQueue,
      createQueryProcessor,
      createValidator,
      createValidatorMetrics,
      parseRedisConnection,
      pingRedis,
      startQueueWorker,
    } = await import('@subnetkit/validator');
    const logger = daemonLogger(context, 'validator');
    const redis = options.string('redis');
    // No Redis: exit now with the fix, not wait on a queue that never connects.
    if (redis !== undefined) await pingRedis(parseRedisConnection(redis));
    const subnet = await loadSubnet(options.requiredString('subnet'));
    const location = walletLocation(options);
    const home = io.env.HOME ?? homedir();
    const statePath = resolve(
      (
        options.string('state') ??
        join(location.path, location.name, 'validators', location.hotkey, `netuid${netuid}`, 'state.json')
      ).replace(/^~(?=$|\/)/, home),
    );
    await mkdir(dirname(statePath), { recursive: true, mode: 0o700 });
    const signer = createSigner(await unlockHotkey(context));
    const client = await connectClient(context);
    const externalIp = options.string('axon.external_ip');
    if (externalIp !== undefined) {
      // The miner's announcement, reused (it skips the call when the chain already has this address).
      const { serveAxonOnce } = await import('@subnetkit/miner');
      const port = options.integer('axon.external_port', { min: 1, max: 65535 });
      await serveAxonOnce(client, {
        signer,
        metagraph: await getMetagraph(client, { netuid }),
        ip: externalIp,
        port,
      }).catch((error: unknown) => {
        throw explainChainError(error, { netuid });
      });
    }
    const dendrite = createDendrite({ signer });
    const processor = createQueryProcessor({ dendrite, synapse: subnet.synapse, score: subnet.score });
    const concurrency = options.integer('concurrency', { min: 1, max: 65_536 });
    const workers: QueueWorker[] = [];
    let queue: JobQueue;
    if (redis === undefined) {
      queue = createInProcessQueue({ processor, concurrency });
    } else {
      queue = createBullmqQueue({ connection: redis, logger });
      for (let i = options.integer('workers', { min: 0, max: 256 }); i > 0; i--) {
        workers.push(startQueueWorker({ connection: redis, processor, concurrency, logger }));
      }
    }
    const metrics = createValidatorMetrics();
    const validator = createValidator({
      client,
      signer,
      netuid,
      synapse: subnet.synapse,
      challenge: subnet.challenge,
      queue,
      store: createFileScoreStore({ path: statePath }),
      metrics,
      logger,
      config: {
        queryTimeoutMs: Math.round(numberOption(options, 'neuron.timeout', { min: 0.001, max: 3600 }) * 1000),
        sampleSize: options.integer('neuron.sample_size', { min: 1, max: 65_536, optional: true }),
        alpha: numberOption(options, 'neuron.moving_average_alpha', { min: Number.MIN_VALUE, max: 1 }),
        stepEveryBlocks: options.integer('neuron.step_blocks', { min: 1, max: 1_000_000 }),
      },
    });
    const server = buildValidatorServer({ registry: metrics.registry, health: () => validator.health() });
    context.defer(async () => {
      await validator.close();
      await Promise.all(workers.map((worker) => worker.close()));
      await queue.close();
      await server.close();
      dendrite.close();
    });
    // The port first: a taken port stops the validator before it starts stepping.
    const address = await server
      .listen({
        port: options.integer('metrics.port', { min: 0, max: 65535 }),
        host: options.requiredString('metrics.host'),
      })
      .catch((error: unknown) => {
        throw explainPortInUse(error, 'metrics.port');
      });
    await validator.start();
    const stopped = nextStopSignal(); // before the ready line: whoever reads it may signal at once
    output.line(
      `validator ready ${JSON.stringify({ netuid, hotkey: signer.address, state: statePath, metrics: address })}`,
    );
    const signal = await stopped;
    logger.info({ signal }, 'stopping: finishing the running step and weights call');
  },
};

const group = defineGroup({
  name: 'validator',
  summary: 'run a validator (subnetkit validator [run] --netuid N …)',
  subcommands: {
    run: {
      summary:
        'run a validator: challenge and score the serving miners every block, keep moving-average scores by hotkey, set (or commit and reveal) weights every tempo',
      load: async () => run,
    },
  },
});

/** `subnetkit validator …` runs the validator (`run` may be left out). */
export const validatorCommand: Command = (args, io) =>
  group(args[0] === 'run' || args[0] === 'help' ? args : ['run', ...args], io);
