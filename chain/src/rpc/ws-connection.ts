import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';
import type { RpcConnection } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';
import type { RpcLimits } from './rpc-limits.js';

/** Close code and reason for a client that stopped reading (1008: policy violation). */
const SLOW_CLIENT_CLOSE = {
  code: 1008,
  reason: 'Too many messages waiting: the client does not read them',
} as const;

/** The limits a connection enforces. */
export type WsConnectionLimits = Pick<
  RpcLimits,
  'maxSubscriptionsPerConnection' | 'messageBufferCapacity' | 'maxResponseBytes'
>;

/**
 * One WebSocket client: its subscriptions (at most `maxSubscriptionsPerConnection`) and its outgoing
 * messages. A message goes to the socket while the kernel takes everything written; otherwise it waits
 * in a queue that is full at `messageBufferCapacity` messages or `maxResponseBytes` characters. A full
 * queue stops the server reading this client's requests (their answers would only pile up); a
 * notification that finds it full closes the connection with {@link SLOW_CLIENT_CLOSE}, since
 * notifications cannot wait for the client. Closing releases every subscription and queued message at
 * once.
 *
 * @example
 * const conn = new WsConnection(ws, limits);
 * ws.on('message', async (data) => conn.send(await answer(data, conn)));
 * ws.on('close', () => conn.release());
 */
export class WsConnection implements RpcConnection {
  readonly canSubscribe = true;
  readonly #ws: WebSocket;
  readonly #limits: WsConnectionLimits;
  readonly #subscriptions = new Map<string, () => void>();
  #queue: string[] = [];
  #queuedChars = 0;
  #released = false;

  constructor(ws: WebSocket, limits: WsConnectionLimits) {
    this.#ws = ws;
    this.#limits = limits;
  }

  subscribe(_notification: string, cleanup: () => void): string {
    if (this.#released) throw new RpcError(RPC_ERROR.INTERNAL_ERROR, 'Internal error', 'connection closed');
    const max = this.#limits.maxSubscriptionsPerConnection;
    if (this.#subscriptions.size >= max) {
      throw new RpcError(
        RPC_ERROR.TOO_MANY_SUBSCRIPTIONS,
        'Too many subscriptions on the connection',
        `Exceeded max limit of ${max}`,
      );
    }
    const id = randomBytes(8).toString('hex');
    this.#subscriptions.set(id, cleanup);
    return id;
  }

  notify(notification: string, id: string, result: unknown): void {
    if (!this.#subscriptions.has(id)) return;
    const text = JSON.stringify({
      jsonrpc: '2.0',
      method: notification,
      params: { subscription: id, result },
    });
    // After the subscribe call's answer, which is sent when the handler returns.
    setImmediate(() => this.#push(text, false));
  }

  unsubscribe(id: string): boolean {
    const cleanup = this.#subscriptions.get(id);
    if (cleanup === undefined) return false;
    this.#subscriptions.delete(id);
    cleanup();
    return true;
  }

  /** Sends an answer to a request; never dropped, but a full queue pauses reading requests. */
  send(text: string): void {
    this.#push(text, true);
  }

  /** Ends every subscription and drops queued messages; reading resumes so a close handshake completes. Idempotent. */
  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#queue = [];
    this.#queuedChars = 0;
    for (const cleanup of this.#subscriptions.values()) cleanup();
    this.#subscriptions.clear();
    if (this.#ws.isPaused) this.#ws.resume();
  }

  #push(text: string, isAnswer: boolean): void {
    const ws = this.#ws;
    if (this.#released || ws.readyState !== WebSocket.OPEN) return;
    if (this.#queue.length === 0 && ws.bufferedAmount === 0) {
      ws.send(text, this.#flushed);
      return;
    }
    if (!isAnswer && this.#full()) {
      this.release();
      // The close frame waits behind what the socket already holds; ws destroys the socket if the
      // client has not answered it within 30 s.
      ws.close(SLOW_CLIENT_CLOSE.code, SLOW_CLIENT_CLOSE.reason);
      return;
    }
    this.#queue.push(text);
    this.#queuedChars += text.length;
    if (this.#full() && !ws.isPaused) ws.pause();
  }

  #full(): boolean {
    return (
      this.#queue.length >= this.#limits.messageBufferCapacity ||
      this.#queuedChars >= this.#limits.maxResponseBytes
    );
  }

  /** A write reached the kernel: send what waits while the kernel keeps taking it. */
  readonly #flushed = (error?: Error): void => {
    const ws = this.#ws;
    if (error !== undefined || this.#released) return;
    while (ws.bufferedAmount === 0 && ws.readyState === WebSocket.OPEN) {
      const text = this.#queue.shift();
      if (text === undefined) break;
      this.#queuedChars -= text.length;
      ws.send(text, this.#flushed);
    }
    if (ws.isPaused && !this.#full()) ws.resume();
  };
}
