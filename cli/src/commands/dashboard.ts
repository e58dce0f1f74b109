import { connectClient } from '../chain/connect-client.js';
import type { RunningDashboard, StartDashboardOptions } from '../dashboard/start-dashboard.js';
import { defineGroup } from '../framework/define-group.js';
import { nextStopSignal } from '../framework/next-stop-signal.js';
import { CHAIN_OPTIONS, NETUID_OPTION } from '../framework/option-spec.js';
import { explainPortInUse } from '../framework/port-in-use.js';
import type { Subcommand } from '../framework/subcommand.js';
import type { Command } from '../main.js';
import { daemonLogger } from '../output/daemon-logger.js';

export type { RunningDashboard, StartDashboardOptions } from '../dashboard/start-dashboard.js';

/**
 * The `startDashboard` of `dashboard/start-dashboard.ts`, loaded on the first call so that `subnetkit dashboard
 * --help` does not load the web server. `subnetkit start` finds the dashboard through this export.
 *
 * @example
 * const dashboard = await startDashboard({ client, port: 0 });
 */
export async function startDashboard(options: StartDashboardOptions): Promise<RunningDashboard> {
  return (await import('../dashboard/start-dashboard.js')).startDashboard(options);
}

const serve: Subcommand = {
  options: [
    ...CHAIN_OPTIONS,
    {
      name: 'port',
      type: 'string',
      default: '8080',
      placeholder: 'PORT',
      description:
        'port to listen on (0 = any free port; without the flag a busy 8080 falls back to a free port)',
    },
    {
      name: 'host',
      type: 'string',
      default: '127.0.0.1',
      placeholder: 'ADDR',
      description: 'address to listen on',
    },
    {
      ...NETUID_OPTION,
      description: 'subnet the page opens on, followed from the start (default: the first non-root)',
    },
    {
      name: 'history.epochs',
      type: 'string',
      default: '256',
      placeholder: 'N',
      description: 'epochs of history kept per subnet',
    },
  ],
  examples: [
    'subnetkit dashboard --subtensor.chain_endpoint ws://127.0.0.1:9944',
    'subnetkit dashboard --subtensor.chain_endpoint ws://127.0.0.1:9944 --port 8081 --host 0.0.0.0 --netuid 1',
  ],
  async run(context) {
    const { options, output } = context;
    const logger = daemonLogger(context, 'dashboard');
    const port = options.has('port') ? options.integer('port', { min: 0, max: 65535 }) : undefined;
    const netuid = options.has('netuid') ? options.netuid() : undefined;
    const historyEpochs = options.integer('history.epochs', { min: 1, max: 1_000_000 });
    const host = options.requiredString('host');
    const client = await connectClient(context);
    const dashboard = await startDashboard({
      client,
      host,
      historyEpochs,
      logger,
      ...(port === undefined ? {} : { port }),
      ...(netuid === undefined ? {} : { netuid }),
    }).catch((error: unknown) => {
      throw explainPortInUse(error, 'port');
    });
    context.defer(() => dashboard.close());
    const stopped = nextStopSignal(); // before the ready line: whoever reads it may signal at once
    output.line(`dashboard ready ${dashboard.url}`);
    const signal = await stopped;
    logger.info({ signal }, 'stopping');
  },
};

const group = defineGroup({
  name: 'dashboard',
  summary:
    'serve the web dashboard (subnetkit dashboard [serve] --subtensor.chain_endpoint ws://… --port 8080)',
  subcommands: {
    serve: {
      summary:
        'serve a live web view of the chain: subnets, a metagraph table, stake/incentive/dividends/emission per epoch, the weight matrix',
      load: async () => serve,
    },
  },
});

/** `subnetkit dashboard …` serves the dashboard (`serve` may be left out) until SIGINT or SIGTERM. */
export const dashboardCommand: Command = (args, io) =>
  group(args[0] === 'serve' || args[0] === 'help' ? args : ['serve', ...args], io);
