import {
  createSubtensorClient,
  getSubnets,
  type Logger,
  type SubtensorClient,
  silentLogger,
} from '@subnetkit/sdk';
import { buildDashboardServer } from './build-dashboard-server.js';
import { createSubnetFeeds } from './subnet-feeds.js';

/** The port the dashboard takes when none is given; when it is busy, any free port is used instead. */
export const DEFAULT_DASHBOARD_PORT = 8080;

/**
 * Options of {@link startDashboard}. Give the chain as one of `client`, `url` or `network`.
 *
 * @example
 * const options: StartDashboardOptions = { url: 'ws://127.0.0.1:9944', port: 8080, host: '127.0.0.1' };
 */
export type StartDashboardOptions = {
  /** A connected SDK client; the dashboard uses it and leaves it open on `close()`. */
  readonly client?: SubtensorClient;
  /** A node's WebSocket URL; the dashboard connects on start and disconnects on `close()`. */
  readonly url?: string;
  /** A running demo network (`startDemoNetwork`): its client, and its subnet as the one the page opens on. */
  readonly network?: { readonly client: SubtensorClient; readonly netuid: number };
  /**
   * Port to listen on; 0 = any free port. @defaultValue 8080, or any free port when 8080 is busy (an explicit port
   * that is busy rejects)
   */
  readonly port?: number;
  /** Address to listen on. @defaultValue `127.0.0.1` */
  readonly host?: string;
  /** The subnet the page opens on (and follows from the start). @defaultValue the network's, else the first non-root */
  readonly netuid?: number;
  /** Epochs of history kept per subnet. @defaultValue 256 */
  readonly historyEpochs?: number;
  /** Where the dashboard logs (feeds started, refresh failures, error answers). @defaultValue none */
  readonly logger?: Logger;
};

/** A running dashboard. */
export type RunningDashboard = {
  /** The page's address, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string;
  /** Stops the server and the metagraph subscriptions (and the client it opened from `url`). Idempotent. */
  close(): Promise<void>;
};

function isAddressInUse(error: unknown): boolean {
  return (error as { code?: string }).code === 'EADDRINUSE';
}

/**
 * Serves the dashboard of a chain: a Fastify server whose page shows the subnets, a subnet's metagraph (sortable),
 * stake/incentive/dividends/emission per neuron over epochs and the validators' weights, all read through the SDK.
 * Resolves once it listens.
 *
 * @example
 * const dashboard = await startDashboard({ url: 'ws://127.0.0.1:9944', port: 8080 });
 * console.log(`dashboard: ${dashboard.url}`);
 * // … later
 * await dashboard.close();
 */
export async function startDashboard(options: StartDashboardOptions): Promise<RunningDashboard> {
  const logger = options.logger ?? silentLogger;
  const given = options.client ?? options.network?.client;
  if (given === undefined && options.url === undefined) {
    throw new TypeError('startDashboard needs a client, a url or a network');
  }
  const client = given ?? (await createSubtensorClient({ url: options.url ?? '' }));
  const ownsClient = given === undefined;
  const feeds = createSubnetFeeds(client, { historyLimit: options.historyEpochs ?? 256, logger });
  const defaultNetuid = options.netuid ?? options.network?.netuid;
  const app = buildDashboardServer({
    client,
    feeds,
    logger,
    ...(defaultNetuid === undefined ? {} : { defaultNetuid }),
  });
  const host = options.host ?? '127.0.0.1';
  const closeAll = async () => {
    await app.close();
    await feeds.close();
    if (ownsClient) await client.disconnect();
  };
  try {
    // Follow the opening subnet (the given one, else the first non-root subnet the chain has now) from the start,
    // so its history begins now rather than at the first page view.
    const opening = defaultNetuid ?? (await getSubnets(client)).find((subnet) => subnet.netuid !== 0)?.netuid;
    if (opening !== undefined) await feeds.get(opening);
    try {
      await app.listen({ port: options.port ?? DEFAULT_DASHBOARD_PORT, host });
    } catch (error) {
      if (options.port !== undefined || !isAddressInUse(error)) throw error;
      logger.info({ port: DEFAULT_DASHBOARD_PORT }, 'port busy, listening on a free port instead');
      await app.listen({ port: 0, host });
    }
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  logger.info({ url }, 'dashboard listening');
  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= closeAll();
      return closing;
    },
  };
}
