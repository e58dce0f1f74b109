import { connect } from 'node:net';

/**
 * Whether the host of a `ws://` / `wss://` URL refuses TCP connections on its port right now (nothing listens
 * there). A refused connection is a definite answer, so the caller can fail at once instead of letting
 * `@polkadot/api` retry until the deadline. Any other outcome (connected, unknown host, no answer within
 * `timeoutMs`) resolves `false` and leaves the verdict to the WebSocket client.
 *
 * @example
 * if (await connectionRefused('ws://127.0.0.1:9944')) console.log('no node at 9944');
 */
export function connectionRefused(url: string, timeoutMs = 1_000): Promise<boolean> {
  const { hostname, port, protocol } = new URL(url);
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port || (protocol === 'wss:' ? 443 : 80)) });
    const settle = (refused: boolean) => {
      socket.destroy();
      resolve(refused);
    };
    socket.setTimeout(timeoutMs, () => settle(false));
    socket.once('connect', () => settle(false));
    socket.once('error', (error: NodeJS.ErrnoException) => settle(error.code === 'ECONNREFUSED'));
  });
}
