import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { createOriginCheck, DEFAULT_RPC_CORS, type OriginPolicy } from './origin-policy.js';
import { readBody } from './read-body.js';
import type { RpcConnection, RpcContext } from './rpc-context.js';
import { RPC_ERROR, RpcError, toRpcError } from './rpc-error.js';
import { type RpcLimits, resolveRpcLimits } from './rpc-limits.js';
import type { RpcMethodTable } from './rpc-method.js';
import { WsConnection } from './ws-connection.js';

/** The logging interface the node accepts (pino's shape; any subset of levels is fine to pass). */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Options of `startRpcServer`. */
export interface RpcServerOptions {
  /** TCP port; 0 picks a free one. */
  readonly port: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Request, response, batch, connection and subscription limits; each defaults to Substrate's. */
  readonly limits?: Partial<RpcLimits>;
  /** Browser origins served on WebSocket and HTTP (`--rpc-cors`). Default {@link DEFAULT_RPC_CORS}. */
  readonly cors?: OriginPolicy;
  readonly logger?: Logger;
}

/** A running server. */
export interface RpcServer {
  readonly port: number;
  readonly url: string;
  readonly httpUrl: string;
  /** Number of open WebSocket connections. */
  connections(): number;
  close(): Promise<void>;
}

type JsonId = number | string | null;

function isJsonId(id: unknown): id is JsonId | undefined {
  return id === undefined || id === null || typeof id === 'number' || typeof id === 'string';
}

function response(id: JsonId, result: unknown): string {
  return JSON.stringify({ jsonrpc: '2.0', id, result: result === undefined ? null : result });
}

function errorResponse(id: JsonId, error: RpcError): string {
  return JSON.stringify({ jsonrpc: '2.0', id, error: error.toJSON() });
}

const exceeded = (code: RpcError['rpcCode'], message: string, limit: number) =>
  new RpcError(code, message, `Exceeded max limit of ${limit}`);

/** Whether a text takes more than `limit` bytes as UTF-8 (without encoding it when the length decides). */
function overLimit(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  return text.length * 3 > limit && Buffer.byteLength(text) > limit;
}

/**
 * Handles one parsed request object; resolves to the response text, or undefined for notifications.
 */
async function handleRequest(
  ctx: RpcContext,
  table: RpcMethodTable,
  request: unknown,
  conn: RpcConnection,
  limits: RpcLimits,
): Promise<string | undefined> {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return errorResponse(null, new RpcError(RPC_ERROR.INVALID_REQUEST, 'Invalid request'));
  }
  const jsonrpc = 'jsonrpc' in request ? request.jsonrpc : undefined;
  const method = 'method' in request ? request.method : undefined;
  const params = 'params' in request ? request.params : undefined;
  const id = 'id' in request ? request.id : undefined;
  const replyId = isJsonId(id) ? (id ?? null) : null;
  if (jsonrpc !== '2.0' || typeof method !== 'string' || !isJsonId(id)) {
    return errorResponse(replyId, new RpcError(RPC_ERROR.INVALID_REQUEST, 'Invalid request'));
  }
  const declared = Object.hasOwn(table, method) ? table[method] : undefined;
  if (declared === undefined) {
    return id === undefined
      ? undefined
      : errorResponse(replyId, new RpcError(RPC_ERROR.METHOD_NOT_FOUND, 'Method not found'));
  }
  const list: readonly unknown[] | undefined =
    params === undefined || params === null ? [] : Array.isArray(params) ? params : undefined;
  if (list === undefined) {
    return errorResponse(
      replyId,
      new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', 'params must be an array'),
    );
  }
  try {
    const result = await declared.run(ctx, list, conn);
    if (id === undefined) return undefined;
    const text = response(replyId, result);
    return overLimit(text, limits.maxResponseBytes)
      ? errorResponse(
          replyId,
          exceeded(RPC_ERROR.OVERSIZED_RESPONSE, 'Response is too big', limits.maxResponseBytes),
        )
      : text;
  } catch (error) {
    return id === undefined ? undefined : errorResponse(replyId, toRpcError(error));
  }
}

/** Calls of one batch in progress at once. */
const BATCH_CONCURRENCY = 16;

/**
 * Handles a batch in order, a few calls at a time, adding up the answers' sizes as they are made: once
 * they pass `maxResponseBytes`, no further call starts and the batch is answered `-32011`.
 */
async function handleBatch(
  ctx: RpcContext,
  table: RpcMethodTable,
  requests: unknown[],
  conn: RpcConnection,
  limits: RpcLimits,
): Promise<string | undefined> {
  const answers: (string | undefined)[] = [];
  let size = 2;
  let next = 0;
  let tooBig = false;
  const worker = async () => {
    while (!tooBig && next < requests.length) {
      const index = next++;
      const answer = await handleRequest(ctx, table, requests[index], conn, limits);
      if (answer === undefined) continue;
      size += Buffer.byteLength(answer) + 1;
      if (size > limits.maxResponseBytes) tooBig = true;
      else answers[index] = answer;
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, requests.length) }, worker));
  if (tooBig) {
    return errorResponse(
      null,
      exceeded(RPC_ERROR.TOO_BIG_BATCH_RESPONSE, 'The batch response was too large', limits.maxResponseBytes),
    );
  }
  const out = answers.filter((a) => a !== undefined);
  return out.length === 0 ? undefined : `[${out.join(',')}]`;
}

/** Parses and handles a request text (single or batch). */
async function handleText(
  ctx: RpcContext,
  table: RpcMethodTable,
  text: string,
  conn: RpcConnection,
  limits: RpcLimits,
): Promise<string | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return errorResponse(null, new RpcError(RPC_ERROR.PARSE_ERROR, 'Parse error'));
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0)
      return errorResponse(null, new RpcError(RPC_ERROR.INVALID_REQUEST, 'Invalid request'));
    if (parsed.length > limits.maxBatchLength) {
      return errorResponse(
        null,
        exceeded(RPC_ERROR.TOO_BIG_BATCH_REQUEST, 'The batch request was too large', limits.maxBatchLength),
      );
    }
    return handleBatch(ctx, table, parsed, conn, limits);
  }
  return handleRequest(ctx, table, parsed, conn, limits);
}

const HTTP_CONNECTION: RpcConnection = {
  canSubscribe: false,
  subscribe: () => {
    throw new RpcError(RPC_ERROR.METHOD_NOT_FOUND, 'Subscriptions are not available on this transport');
  },
  notify: () => {},
  unsubscribe: () => false,
};

const NOT_WHITELISTED =
  'Origin of the request is not whitelisted. CORS headers would not be sent and any side-effects were cancelled as well.\n';
const TOO_MANY_CONNECTIONS = 'Too many connections. Please try again later.\n';

/** Answers a WebSocket handshake with an HTTP error and closes the socket. */
function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: text/plain\r\n` +
      `content-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}

/**
 * Serves JSON-RPC 2.0 over WebSocket and HTTP POST on one port.
 *
 * @example
 * const server = await startRpcServer(ctx, createMethodTable({ devRpc: true }), { port: 9944 });
 * server.url // 'ws://127.0.0.1:9944'
 * await server.close();
 */
export async function startRpcServer(
  ctx: RpcContext,
  table: RpcMethodTable,
  options: RpcServerOptions,
): Promise<RpcServer> {
  const host = options.host ?? '127.0.0.1';
  const limits = resolveRpcLimits(options.limits);
  const originAllowed = createOriginCheck(options.cors ?? DEFAULT_RPC_CORS);
  const log = options.logger;
  const tooBigRequest = () =>
    errorResponse(null, exceeded(RPC_ERROR.OVERSIZED_REQUEST, 'Request is too big', limits.maxRequestBytes));

  // Connections past `maxConnections` are answered 429 on their first request (or handshake) and closed.
  const open = new Set<Socket>();
  const refused = new WeakSet<Socket>();

  const onHttp = (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (refused.has(req.socket)) {
      res.writeHead(429, { 'content-type': 'text/plain', connection: 'close' }).end(TOO_MANY_CONNECTIONS);
      return;
    }
    if (!originAllowed(origin)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end(NOT_WHITELISTED);
      return;
    }
    const cors: OutgoingHttpHeaders =
      origin === undefined ? {} : { 'access-control-allow-origin': origin, vary: 'origin' };
    if (req.method === 'OPTIONS') {
      res
        .writeHead(200, {
          ...cors,
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '3600',
        })
        .end();
      return;
    }
    if (req.method !== 'POST') {
      res
        .writeHead(405, { 'content-type': 'text/plain' })
        .end('Used HTTP Method is not allowed. POST or OPTIONS is required\n');
      return;
    }
    readBody(req, limits.maxRequestBytes)
      .then(async (body) => {
        if ('tooBig' in body) {
          const close = body.drained ? {} : { connection: 'close' };
          res.writeHead(413, { ...cors, ...close, 'content-type': 'application/json' }).end(tooBigRequest());
          return;
        }
        const out = await handleText(ctx, table, body.text, HTTP_CONNECTION, limits);
        res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(out ?? '');
      })
      .catch((error) => {
        log?.warn({ err: error }, 'http request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  };

  const server: Server = createServer(onHttp);
  server.on('connection', (socket: Socket) => {
    if (open.size >= limits.maxConnections) {
      refused.add(socket);
      socket.setTimeout(10_000, () => socket.destroy());
      return;
    }
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  // Frames up to 2× the limit are read and answered with -32007; larger ones close the connection (1009).
  // No permessage-deflate: answers such as a 4,096-uid metagraph (1.6 MB of hex) would spend longer in
  // zlib than on a local socket.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxRequestBytes * 2 + 1024,
    perMessageDeflate: false,
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (refused.has(req.socket)) return refuseUpgrade(socket, 429, TOO_MANY_CONNECTIONS);
    if (!originAllowed(req.headers.origin)) return refuseUpgrade(socket, 403, NOT_WHITELISTED);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  wss.on('connection', (ws) => {
    const conn = new WsConnection(ws, limits);
    ws.on('message', (data: Buffer) => {
      if (data.length > limits.maxRequestBytes) {
        conn.send(tooBigRequest());
        return;
      }
      handleText(ctx, table, data.toString('utf8'), conn, limits)
        .then((out) => {
          if (out !== undefined) conn.send(out);
        })
        .catch((error) => log?.error({ err: error }, 'rpc handler crashed'));
    });
    ws.on('error', (error) => log?.debug({ err: error }, 'websocket error'));
    ws.on('close', () => conn.release());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    port,
    url: `ws://${host}:${port}`,
    httpUrl: `http://${host}:${port}`,
    connections: () => wss.clients.size,
    close: async () => {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
