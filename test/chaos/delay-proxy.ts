/** A TCP proxy that forwards each chunk, both ways, after a delay: network latency in front of a miner's axon. */
import { connect, createServer, type Socket } from 'node:net';

/** A running proxy; `delayMs` can change while it runs. */
export type DelayProxy = { readonly port: number; delayMs: number; close(): Promise<void> };

/** Listens on `host`:0 and forwards every connection to `host`:`targetPort`, each chunk `delayMs` late. */
export async function startDelayProxy(
  host: string,
  targetPort: number,
  delayMs: number,
): Promise<DelayProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const forward = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), proxy.delayMs));
    from.once('end', () => setTimeout(() => to.end(), proxy.delayMs));
    from.once('error', () => to.destroy());
  };
  const server = createServer((inbound) => {
    const outbound = connect(targetPort, host);
    track(inbound);
    track(outbound);
    forward(inbound, outbound);
    forward(outbound, inbound);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const proxy: DelayProxy = {
    port: (server.address() as { port: number }).port,
    delayMs,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return proxy;
}
