import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import type { RpcConnection, RpcContext } from './rpc-context.js';
import { RPC_ERROR, RpcError, toRpcError } from './rpc-error.js';
import type { RpcMethodTable } from './rpc-method.js';

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
  /** Largest accepted request (WebSocket frame or HTTP body) in bytes. Default 15 MiB, like Substrate. */
  readonly maxRequestBytes?: number;
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

/** Default request size limit: 15 MiB (Substrate's `--rpc-max-request-size` default). */
export const DEFAULT_MAX_REQUEST_BYTES = 15 * 1024 * 1024;

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

/**
 * Handles one parsed request object; resolves to the response text, or undefined for notifications.
 */
async function handleRequest(
  ctx: RpcContext,
  table: RpcMethodTable,
  request: unknown,
  conn: RpcConnection,
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
    return id === undefined ? undefined : response(replyId, result);
  } catch (error) {
    return id === undefined ? undefined : errorResponse(replyId, toRpcError(error));
  }
}

/** Parses and handles a request text (single or batch). */
async function handleText(
  ctx: RpcContext,
  table: RpcMethodTable,
  text: string,
  conn: RpcConnection,
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
    const out = (await Promise.all(parsed.map((r) => handleRequest(ctx, table, r, conn)))).filter(
      (r) => r !== undefined,
    );
    return out.length === 0 ? undefined : `[${out.join(',')}]`;
  }
  return handleRequest(ctx, table, parsed, conn);
}

const HTTP_CONNECTION: RpcConnection = {
  canSubscribe: false,
  subscribe: () => {
    throw new RpcError(RPC_ERROR.METHOD_NOT_FOUND, 'Subscriptions are not available on this transport');
  },
  notify: () => {},
  unsubscribe: () => false,
};

function wsConnection(ws: WebSocket): RpcConnection & { closeAll(): void } {
  const subs = new Map<string, () => void>();
  return {
    canSubscribe: true,
    subscribe(_notification, cleanup) {
      const id = randomBytes(8).toString('hex');
      subs.set(id, cleanup);
      return id;
    },
    notify(notification, id, result) {
      if (!subs.has(id)) return;
      const text = JSON.stringify({
        jsonrpc: '2.0',
        method: notification,
        params: { subscription: id, result },
      });
      setImmediate(() => {
        if (ws.readyState === WebSocket.OPEN) ws.send(text);
      });
    },
    unsubscribe(id) {
      const cleanup = subs.get(id);
      if (cleanup === undefined) return false;
      subs.delete(id);
      cleanup();
      return true;
    },
    closeAll() {
      for (const cleanup of subs.values()) cleanup();
      subs.clear();
    },
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
  const limit = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const log = options.logger;

  const onHttp = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') {
      res
        .writeHead(405, { 'content-type': 'text/plain' })
        .end('Used HTTP Method is not allowed. POST or OPTIONS is required\n');
      return;
    }
    readBody(req, limit)
      .then(async (text) => {
        if (text === undefined) {
          res
            .writeHead(413, { 'content-type': 'application/json' })
            .end(errorResponse(null, new RpcError(RPC_ERROR.OVERSIZED_REQUEST, 'Request is too big')));
          return;
        }
        const out = await handleText(ctx, table, text, HTTP_CONNECTION);
        res.writeHead(200, { 'content-type': 'application/json' }).end(out ?? '');
      })
      .catch((error) => {
        log?.warn({ err: error }, 'http request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  };

  const server: Server = createServer(onHttp);
  // Frames up to 2× the limit are read and answered with -32007; larger ones close the connection (1009).
  // No permessage-deflate: answers such as a 4,096-uid metagraph (1.6 MB of hex) would spend longer in
  // zlib than on a local socket.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limit * 2 + 1024, perMessageDeflate: false });
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  wss.on('connection', (ws) => {
    const conn = wsConnection(ws);
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (data.length > limit) {
        ws.send(
          errorResponse(
            null,
            new RpcError(RPC_ERROR.OVERSIZED_REQUEST, 'Request is too big', `Exceeded max limit of ${limit}`),
          ),
        );
        return;
      }
      const text = isBinary ? Buffer.from(data).toString('utf8') : data.toString('utf8');
      handleText(ctx, table, text, conn)
        .then((out) => {
          if (out !== undefined && ws.readyState === WebSocket.OPEN) ws.send(out);
        })
        .catch((error) => log?.error({ err: error }, 'rpc handler crashed'));
    });
    ws.on('error', (error) => log?.debug({ err: error }, 'websocket error'));
    ws.on('close', () => conn.closeAll());
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
