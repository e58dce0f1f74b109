import { readFileSync } from 'node:fs';
import { shortMessageOf } from '@subnetkit/errors';
import type { Logger } from '@subnetkit/sdk';
import { getSubnets, type SubtensorClient } from '@subnetkit/sdk';
import Fastify, { type FastifyInstance } from 'fastify';
import { DashboardError } from './dashboard-error.js';
import type { EpochSample } from './epoch-history.js';
import { metagraphView, type SubnetView, subnetView } from './metagraph-view.js';
import { DASHBOARD_CSS } from './public/dashboard-css.js';
import { INDEX_HTML } from './public/index-html.js';
import type { SubnetFeeds } from './subnet-feeds.js';

/** The body of `/api/subnets`. */
export type SubnetsView = {
  readonly subnets: SubnetView[];
  /** The subnet the page shows first: the one the dashboard was started for, else the first non-root subnet. */
  readonly defaultNetuid: number | null;
};

/** The body of `/api/subnets/:netuid/history`: one sample per epoch, oldest first. */
export type HistoryView = { readonly netuid: number; readonly samples: readonly EpochSample[] };

/**
 * Options of {@link buildDashboardServer}.
 *
 * @example
 * const options: DashboardServerOptions = { client, feeds: createSubnetFeeds(client, { historyLimit: 256, logger }), logger };
 */
export type DashboardServerOptions = {
  readonly client: SubtensorClient;
  readonly feeds: SubnetFeeds;
  readonly logger: Logger;
  /** The subnet the page opens on. @defaultValue the first subnet other than root */
  readonly defaultNetuid?: number;
};

/**
 * The page's script, compiled by `cli/tsconfig.browser.json` from `browser/dashboard.ts`. The path is the same from
 * src/dashboard/ and from dist/dashboard/, so the server serves the compiled script when it runs from sources too.
 */
const DASHBOARD_JS_URL = new URL('../../dist/dashboard/browser/dashboard.js', import.meta.url);

// Defence in depth: the page renders chain strings as text; scripts and styles may only come from the server.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function parseNetuid(text: string): number {
  const netuid = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(netuid <= 65535)) {
    throw new DashboardError(
      'CLI_DASHBOARD_SUBNET_NOT_FOUND',
      `no subnet ${JSON.stringify(text)}: netuids are 0–65535`,
    );
  }
  return netuid;
}

/** Maps what the SDK threw to the answer: an unknown subnet is a 404, anything else means the chain is away. */
function dashboardError(error: unknown, netuid?: number): DashboardError {
  if (error instanceof DashboardError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'SDK_SUBNET_NOT_FOUND') {
    return new DashboardError('CLI_DASHBOARD_SUBNET_NOT_FOUND', `no subnet ${netuid} on this chain`, {
      cause: error,
    });
  }
  return new DashboardError(
    'CLI_DASHBOARD_CHAIN_UNAVAILABLE',
    `the chain did not answer: ${shortMessageOf(error)}`,
    {
      cause: error,
    },
  );
}

/**
 * The dashboard's Fastify app: the page (`/`, `/dashboard.js`, `/dashboard.css`) and the JSON endpoints
 * `/api/subnets`, `/api/subnets/:netuid/metagraph`, `/api/subnets/:netuid/history`, `/healthz`. Everything it
 * serves comes from the chain through the SDK; errors are `{ code, message }` with the status of
 * `DASHBOARD_ERRORS`, logged once. Call `listen` yourself.
 *
 * @example
 * const app = buildDashboardServer({ client, feeds, logger });
 * await app.listen({ port: 8080, host: '127.0.0.1' });
 */
export function buildDashboardServer(options: DashboardServerOptions): FastifyInstance {
  const { client, feeds, logger } = options;
  const script = readFileSync(DASHBOARD_JS_URL, 'utf8');
  const app = Fastify({ logger: false });

  app.setErrorHandler(async (error, request, reply) => {
    const failure = dashboardError(error);
    const log = failure.statusCode >= 500 ? logger.warn : logger.info;
    log.call(
      logger,
      { err: failure.cause ?? failure, code: failure.code, url: request.url },
      failure.shortMessage,
    );
    return reply.code(failure.statusCode).send({ code: failure.code, message: failure.shortMessage });
  });
  app.setNotFoundHandler(async (request, reply) =>
    reply.code(404).send({ code: 'CLI_DASHBOARD_NOT_FOUND', message: `no page at ${request.url}` }),
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
  });

  app.get('/', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .send(INDEX_HTML),
  );
  app.get('/dashboard.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(script),
  );
  app.get('/dashboard.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(DASHBOARD_CSS),
  );

  // Browsers ask for it on their own; an empty answer keeps their consoles free of 404s.
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());

  app.get('/healthz', async (_request, reply) => {
    const connected = client.isConnected;
    return reply
      .code(connected ? 200 : 503)
      .send({ status: connected ? 'ok' : 'disconnected', chain: client.url });
  });

  app.get('/api/subnets', async (): Promise<SubnetsView> => {
    const subnets = await getSubnets(client).catch((error: unknown) => {
      throw dashboardError(error);
    });
    const fallback = subnets.find((subnet) => subnet.netuid !== 0) ?? subnets[0];
    return {
      subnets: subnets.map(subnetView),
      defaultNetuid: options.defaultNetuid ?? fallback?.netuid ?? null,
    };
  });

  const feedOf = async (text: string) => {
    const netuid = parseNetuid(text);
    return feeds.get(netuid).catch((error: unknown) => {
      throw dashboardError(error, netuid);
    });
  };
  app.get<{ Params: { netuid: string } }>('/api/subnets/:netuid/metagraph', async (request) =>
    metagraphView((await feedOf(request.params.netuid)).current),
  );
  app.get<{ Params: { netuid: string } }>(
    '/api/subnets/:netuid/history',
    async (request): Promise<HistoryView> => {
      const feed = await feedOf(request.params.netuid);
      return { netuid: feed.netuid, samples: feed.history };
    },
  );
  return app;
}
