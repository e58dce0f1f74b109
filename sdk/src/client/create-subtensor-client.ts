import type { ApiPromise } from '@polkadot/api';
import type { ApiOptions } from '@polkadot/api/types';
import { SdkError } from '../errors/sdk-error.js';
import { beforeDeadline } from './before-deadline.js';
import { createNonceManager, type NonceManager } from './nonce-manager.js';

/** `ws://127.0.0.1:9944`, a local subtensor or `subnetkit devnet`. */
const DEFAULT_URL = 'ws://127.0.0.1:9944';
const DEFAULT_DEADLINE_MS = 60_000;
const DEFAULT_RECONNECT_DELAY_MS = 1_000;

/**
 * The pino-style logger the client reports connection changes to (`logger.warn({ url }, 'chain connection lost')`).
 *
 * @example
 * import pino from 'pino';
 * const client = await createSubtensorClient({ logger: pino() });
 */
export type SubtensorClientLogger = {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
};

/**
 * Options of {@link createSubtensorClient}. Every option has a default.
 *
 * @example
 * const options: CreateSubtensorClientOptions = { urls: ['ws://a:9944', 'ws://b:9944'], deadlineMs: 30_000 };
 */
export type CreateSubtensorClientOptions = {
  /** WebSocket endpoint. Default `ws://127.0.0.1:9944`. Ignored when `urls` is given. */
  url?: string;
  /** Endpoints tried in turn: on a failed connect or a dropped connection the client moves to the next one. */
  urls?: readonly string[];
  /** Default deadline of every call in ms (connect, reads, submissions until inclusion). Default 60 000. */
  deadlineMs?: number;
  /** Wait between reconnection attempts in ms. Default 1 000. */
  reconnectDelayMs?: number;
  /** Where connection changes are reported; default none. */
  logger?: SubtensorClientLogger;
};

/**
 * A connection to a subtensor node (or the devnet): an `@polkadot/api` instance over an auto-reconnecting
 * WebSocket, the default deadline and the per-signer nonces. Pass it to the actions (`getBlock(client)`,
 * `setWeights(client, …)`). Subscriptions resume after a reconnection; submissions pending when the connection
 * drops reject with `SDK_CONNECTION_LOST`.
 *
 * @example
 * const client = await createSubtensorClient({ url: 'ws://127.0.0.1:9944' });
 * console.log(client.url, (await getBlock(client)).number);
 * await client.disconnect();
 */
export type SubtensorClient = {
  /** `@polkadot/api` over an auto-reconnecting `WsProvider`; for anything the actions do not cover. */
  readonly api: ApiPromise;
  /** Endpoint currently in use. */
  readonly url: string;
  /** Default per-call deadline in ms. */
  readonly deadlineMs: number;
  /** Nonces of the accounts this client signs for (reset when the connection drops). */
  readonly nonces: NonceManager;
  /** Whether the WebSocket is connected now. */
  readonly isConnected: boolean;
  /**
   * Sends one raw JSON-RPC request over the client's connection, for a method `@polkadot/api` does not decorate
   * (the devnet's `subnetkit_*`); resolves with the JSON result.
   */
  request(method: string, params: readonly unknown[]): Promise<unknown>;
  /** Closes the connection and stops reconnecting. Idempotent. */
  disconnect(): Promise<void>;
};

/**
 * Connects to a subtensor node and resolves once its metadata is loaded. Rejects with `SDK_INVALID_ARGUMENT` for a
 * malformed option (before any network call) and `SDK_CONNECTION_FAILED` when no endpoint answers within the
 * deadline.
 *
 * @example
 * import { createSubtensorClient, getBlock } from '@subnetkit/sdk';
 * const client = await createSubtensorClient({ urls: ['ws://127.0.0.1:9944', 'ws://127.0.0.1:9945'] });
 * const { number } = await getBlock(client);
 * await client.disconnect();
 */
export async function createSubtensorClient(
  options: CreateSubtensorClientOptions = {},
): Promise<SubtensorClient> {
  const urls = endpointsOf(options);
  const deadlineMs = positive(options.deadlineMs ?? DEFAULT_DEADLINE_MS, 'deadlineMs');
  const reconnectDelayMs = positive(
    options.reconnectDelayMs ?? DEFAULT_RECONNECT_DELAY_MS,
    'reconnectDelayMs',
  );
  // Imported here, not at the top: @polkadot/api takes longer to load than the rest of the SDK together, and code
  // that uses only the SDK's wallet, protocol or weights functions should not pay for it.
  const { ApiPromise, WsProvider } = await import('@polkadot/api');
  const provider = new WsProvider([...urls], reconnectDelayMs);
  // The cast: under exactOptionalPropertyTypes WsProvider does not match its own ProviderInterface (its `ttl` getter
  // may return undefined, which the interface's optional `ttl` may not hold); at run time it is what ApiPromise takes.
  const api = new ApiPromise({ provider: provider as NonNullable<ApiOptions['provider']>, noInitWarn: true });
  // Connection errors reach us through the 'error' event and the deadline; without this catch, the api's
  // isReadyOrError promise rejects unhandled when an endpoint refuses (ApiPromise.create swallows it the same way).
  api.isReadyOrError.catch(() => undefined);
  const nonces = createNonceManager();
  const { logger } = options;
  // One log line per outage: failed reconnection attempts are not errors worth repeating.
  let down = false;
  api.on('disconnected', () => {
    nonces.reset();
    if (!down) logger?.warn({ url: provider.endpoint }, 'chain connection lost');
    down = true;
  });
  api.on('connected', () => {
    if (down) logger?.info({ url: provider.endpoint }, 'chain reconnected');
    down = false;
  });
  api.on('error', (error: unknown) => {
    // Node 22+'s own WebSocket (which @polkadot/api prefers to the ws package) reports an abnormal closure
    // as an error just before the close: that error is the outage 'disconnected' logs once, so it is only
    // logged when no disconnect follows it.
    setTimeout(() => {
      if (!down) logger?.error({ err: error, url: provider.endpoint }, 'chain client error');
    }, 0);
  });

  try {
    await beforeDeadline(
      api.isReady,
      Date.now() + deadlineMs,
      () =>
        new SdkError('SDK_CONNECTION_FAILED', `No chain endpoint answered within ${deadlineMs} ms.`, {
          details: `endpoints: ${urls.join(', ')}`,
        }),
    );
  } catch (error) {
    await api.disconnect().catch(() => undefined);
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    api,
    get url() {
      return provider.endpoint;
    },
    deadlineMs,
    nonces,
    get isConnected() {
      return api.isConnected;
    },
    request: (method, params) => provider.send(method, [...params]),
    disconnect: () => {
      closing ??= api.disconnect();
      return closing;
    },
  };
}

function endpointsOf(options: CreateSubtensorClientOptions): readonly string[] {
  const urls = options.urls ?? [options.url ?? DEFAULT_URL];
  if (urls.length === 0)
    throw new SdkError('SDK_INVALID_ARGUMENT', '`urls` must name at least one endpoint.');
  for (const url of urls) {
    if (typeof url !== 'string' || !/^wss?:\/\/[^\s/]+/.test(url)) {
      throw new SdkError(
        'SDK_INVALID_ARGUMENT',
        `Endpoint must be a ws:// or wss:// URL, got ${String(url)}.`,
      );
    }
  }
  return urls;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new SdkError('SDK_INVALID_ARGUMENT', `\`${name}\` must be a positive number of ms, got ${value}.`);
  }
  return value;
}
