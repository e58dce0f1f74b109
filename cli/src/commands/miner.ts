import { resolve } from 'node:path';
import type { AxonHandler, ExecutionProvider, ModelRunner } from '@subnetkit/miner';
import { getMetagraph, type Synapse } from '@subnetkit/sdk';
import { connectClient } from '../chain/connect-client.js';
import { explainChainError } from '../chain/explain-chain-error.js';
import { CliError } from '../framework/cli-error.js';
import type { CommandOptions } from '../framework/command-options.js';
import { defineGroup } from '../framework/define-group.js';
import { nextStopSignal } from '../framework/next-stop-signal.js';
import {
  CHAIN_OPTIONS,
  JSON_OPTION,
  NETUID_OPTION,
  type OptionSpec,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
} from '../framework/option-spec.js';
import { explainPortInUse } from '../framework/port-in-use.js';
import type { Subcommand } from '../framework/subcommand.js';
import type { Command } from '../main.js';
import { daemonLogger } from '../output/daemon-logger.js';
import { DEFAULT_SUBNET, loadSubnetModule } from '../subnet/load-subnet-module.js';
import { unlockHotkey } from '../wallet/load-keys.js';

/**
 * What a `--subnet` module provides: its default export, its `subnet` export or its one export shaped like this
 * (the digits template's `digitsSubnet` is one).
 */
type SubnetModule = {
  readonly synapse: Synapse;
  readonly forward: (model: ModelRunner) => AxonHandler;
};

const isSubnet = (value: unknown): value is SubnetModule =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SubnetModule).forward === 'function' &&
  typeof (value as SubnetModule).synapse?.name === 'string';

function loadSubnet(specifier: string): Promise<SubnetModule> {
  return loadSubnetModule(specifier, {
    isSubnet,
    exports: '{ synapse, forward(model) }',
    exportAs: '{ synapse, forward }',
    docs: 'docs/miner.md',
  });
}

const MIN_STAKE_OPTION: OptionSpec = {
  name: 'blacklist.min_stake',
  type: 'string',
  default: '0',
  placeholder: 'TAO',
  description: 'refuse callers with less stake (alpha + weighted root TAO, as metagraph.S)',
};

function minStake(options: CommandOptions): number {
  const text = options.requiredString('blacklist.min_stake');
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(value)) {
    throw new CliError(
      'CLI_INVALID_OPTION',
      `--blacklist.min_stake takes a non-negative number; got ${text}`,
    );
  }
  return value;
}

const PROVIDERS: readonly ExecutionProvider[] = ['cuda', 'cpu'];

function providers(options: CommandOptions): ExecutionProvider[] {
  const list = options
    .requiredString('model.providers')
    .split(',')
    .map((item) => item.trim());
  for (const item of list) {
    if (!PROVIDERS.includes(item as ExecutionProvider)) {
      throw new CliError(
        'CLI_INVALID_OPTION',
        `--model.providers takes cuda and/or cpu, e.g. cuda,cpu; got ${item}`,
      );
    }
  }
  return list as ExecutionProvider[];
}

const run: Subcommand = {
  options: [
    NETUID_OPTION,
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    ...PASSWORD_OPTIONS,
    {
      name: 'axon.port',
      type: 'string',
      default: '8091',
      placeholder: 'PORT',
      description: 'port the axon listens on',
    },
    {
      name: 'axon.ip',
      type: 'string',
      default: '0.0.0.0',
      placeholder: 'IP',
      description: 'interface the axon binds',
    },
    {
      name: 'axon.external_ip',
      type: 'string',
      placeholder: 'IP',
      description: 'public IP announced on chain (required: validators connect to it)',
    },
    {
      name: 'axon.external_port',
      type: 'string',
      placeholder: 'PORT',
      description: 'public port announced on chain (default --axon.port)',
    },
    { name: 'model', type: 'string', placeholder: 'FILE.onnx', description: 'the ONNX model to serve' },
    {
      name: 'model.providers',
      type: 'string',
      default: 'cuda,cpu',
      placeholder: 'LIST',
      description:
        'execution providers to try, in order (cuda needs onnxruntime’s CUDA provider, see docs/miner.md)',
    },
    {
      name: 'model.max_batch_size',
      type: 'string',
      default: '64',
      placeholder: 'N',
      description: 'rows per micro-batch',
    },
    {
      name: 'model.max_wait_ms',
      type: 'string',
      default: '2',
      placeholder: 'MS',
      description: 'how long a micro-batch waits for more rows',
    },
    {
      name: 'subnet',
      type: 'string',
      default: DEFAULT_SUBNET,
      placeholder: 'MODULE',
      description: 'module exporting { synapse, forward(model) }; the default is the digits example',
    },
    MIN_STAKE_OPTION,
    {
      name: 'blacklist.force_validator_permit',
      type: 'string',
      default: 'true',
      placeholder: 'true|false',
      description: 'refuse callers without a validator permit',
    },
    {
      name: 'blacklist.allow_non_registered',
      type: 'boolean',
      description: 'accept hotkeys that are not registered on the subnet (private deployments only)',
    },
    {
      name: 'axon.max_concurrent',
      type: 'string',
      default: '64',
      placeholder: 'N',
      description: 'handlers running at once; beyond, requests queue by stake',
    },
    { name: 'logging.debug', type: 'boolean', description: 'also log debug lines (metagraph refreshes)' },
  ],
  examples: [
    'subnetkit miner --netuid 1 --wallet.name miner --wallet.hotkey default --subtensor.chain_endpoint ws://127.0.0.1:9944 --axon.port 8091 --axon.external_ip 203.0.113.7 --model subnet-template/models/mlp.onnx',
    'SUBNETKIT_AXON_EXTERNAL_IP=203.0.113.7 subnetkit miner --config miner.json',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const port = options.integer('axon.port', { min: 0, max: 65535 });
    const externalPort = options.integer('axon.external_port', { min: 1, max: 65535, optional: true });
    const externalIp = options.requiredString('axon.external_ip', '(the address validators connect to)');
    const modelFile = options.requiredString('model', '(an .onnx file)');
    const allowNonRegistered = options.flag('blacklist.allow_non_registered');
    const logger = daemonLogger(context, 'miner');
    const subnet = await loadSubnet(options.requiredString('subnet'));
    const hotkey = await unlockHotkey(context);
    const client = await connectClient(context);
    // ONNX Runtime and Fastify load only now, so `--help` answers at once.
    const { createMiner } = await import('@subnetkit/miner');
    const miner = createMiner({
      client,
      signer: hotkey,
      netuid,
      synapses: [subnet.synapse],
      handlers: (model) => ({ [subnet.synapse.name]: subnet.forward(model) }),
      model: {
        model: resolve(modelFile),
        executionProviders: providers(options),
        maxBatchSize: options.integer('model.max_batch_size', { min: 1, max: 65536 }),
        maxWaitMs: options.integer('model.max_wait_ms', { min: 0, max: 60_000 }),
      },
      config: {
        axon: {
          port,
          host: options.requiredString('axon.ip'),
          externalIp,
          ...(externalPort === undefined ? {} : { externalPort }),
        },
        allowlist: {
          requireRegistered: !allowNonRegistered,
          requireValidatorPermit: !allowNonRegistered && options.flag('blacklist.force_validator_permit'),
          minStake: minStake(options),
        },
        priority: { maxConcurrent: options.integer('axon.max_concurrent', { min: 1, max: 65536 }) },
      },
      logger,
    });
    context.defer(() => miner.close());
    const status = await miner.start().catch((error: unknown) => {
      throw explainChainError(explainPortInUse(error, 'axon.port'), { netuid });
    });
    const stopped = nextStopSignal(); // before the ready line: whoever reads it may signal at once
    output.line(`miner ready ${JSON.stringify(status)}`);
    const signal = await stopped;
    logger.info({ signal }, 'stopping: draining in-flight requests');
    await miner.close();
  },
};

const firewall: Subcommand = {
  options: [
    NETUID_OPTION,
    ...CHAIN_OPTIONS,
    MIN_STAKE_OPTION,
    {
      name: 'axon.port',
      type: 'string',
      default: '8091',
      placeholder: 'PORT',
      description: 'port the rules open',
    },
    {
      name: 'format',
      type: 'string',
      default: 'ips',
      placeholder: 'ips|iptables|nginx',
      description: 'one IP a line, iptables commands, or nginx allow/deny lines',
    },
    JSON_OPTION,
  ],
  examples: [
    'subnetkit miner firewall --netuid 1 --blacklist.min_stake 1000 --format iptables | sudo sh',
    'subnetkit miner firewall --netuid 1 --json',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const port = options.integer('axon.port', { min: 1, max: 65535 });
    const format = options.requiredString('format');
    const client = await connectClient(context);
    const metagraph = await getMetagraph(client, { netuid });
    const { createMetagraphPeerDirectory, validatorIps } = await import('@subnetkit/miner');
    const ips = validatorIps(createMetagraphPeerDirectory({ current: metagraph }), minStake(options));
    if (output.json) {
      output.printJson({ netuid, block: metagraph.block, ips });
      return;
    }
    if (format === 'ips') for (const ip of ips) output.line(ip);
    else if (format === 'iptables') {
      // A chain of its own, flushed and rebuilt on every run, with one jump from INPUT added only once: rerunning
      // from cron replaces the list instead of appending ACCEPTs after the previous DROP.
      const chain = `SUBNETKIT-AXON-${port}`;
      output.line(`iptables -N ${chain} 2>/dev/null || true`);
      output.line(`iptables -F ${chain}`);
      for (const ip of ips) output.line(`iptables -A ${chain} -s ${ip} -j ACCEPT`);
      output.line(`iptables -A ${chain} -j DROP`);
      output.line(
        `iptables -C INPUT -p tcp --dport ${port} -j ${chain} 2>/dev/null || iptables -I INPUT -p tcp --dport ${port} -j ${chain}`,
      );
    } else if (format === 'nginx') {
      for (const ip of ips) output.line(`allow ${ip};`);
      output.line('deny all;');
    } else {
      throw new CliError('CLI_INVALID_OPTION', `--format takes ips, iptables or nginx; got ${format}`);
    }
    output.note(`${ips.length} validator IPs on netuid ${netuid} at block ${metagraph.block}`);
    if (ips.length === 0 && format !== 'ips') {
      output.note(
        'warning: no validator has served an axon address, so these rules refuse every request; validators announce one with serve_axon',
      );
    }
  },
};

const group = defineGroup({
  name: 'miner',
  summary: 'run a miner (subnetkit miner [run] --netuid N …) or export validator IPs for a firewall',
  subcommands: {
    run: {
      summary:
        'serve a model to validators: loads and warms it, serves the axon on chain, allows registered validators (subnetkit miner firewall lists their IPs)',
      load: async () => run,
    },
    firewall: {
      summary: 'print the IPs of the subnet’s validators (permit, min stake) as a list or firewall rules',
      load: async () => firewall,
    },
  },
});

/** `subnetkit miner …` runs the miner (`run` may be left out); `subnetkit miner firewall …` exports validator IPs. */
export const minerCommand: Command = (args, io) =>
  group(args[0] === 'run' || args[0] === 'firewall' || args[0] === 'help' ? args : ['run', ...args], io);
