import { createServer } from 'node:net';

/**
 * Loopback address the demo's axons listen on and announce: not 127.0.0.1, which subtensor refuses in serve_axon
 * (Linux routes all of 127/8 to the loopback interface).
 */
export const DEMO_AXON_IP = '127.0.0.2';

/**
 * A port nothing listens on at `host` right now (a miner announces a fixed port on chain, so it cannot listen on 0).
 *
 * @example
 * const port = await freeLoopbackPort(DEMO_AXON_IP);
 */
export function freeLoopbackPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
