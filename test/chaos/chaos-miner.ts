/** A chaos miner: a real axon (the miner's `buildAxon`) on a fixed loopback port that the suite can crash and restart. */
import { buildAxon, createStaticPeerDirectory } from '@subnetkit/miner';
import type { Signer } from '@subnetkit/sdk';
import type { FastifyInstance } from 'fastify';
import { Square } from './chaos-subnet.js';

/** The axons' address: the chain refuses 127.0.0.1 in `serve_axon`, as subtensor does. */
export const AXON_HOST = '127.0.0.2';

/** A miner whose axon can go away abruptly and come back on the same port. */
export type ChaosMiner = {
  readonly signer: Signer;
  readonly port: number;
  /** Drops every connection and stops listening, as a crashed process would. */
  crash(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
};

/** Starts a miner answering `factor · x²`, trusting the given validator hotkeys. */
export async function startChaosMiner(
  signer: Signer,
  factor: number,
  validatorHotkeys: readonly string[],
): Promise<ChaosMiner> {
  const peers = createStaticPeerDirectory(
    Object.fromEntries(
      validatorHotkeys.map((hotkey, uid) => [hotkey, { uid, validatorPermit: true, stake: 1000 }]),
    ),
  );
  let axon: FastifyInstance | undefined;
  let port = 0;
  const listen = async () => {
    axon = buildAxon({
      signer,
      synapses: [Square],
      handlers: { Square: (request) => ({ y: factor * (request.x as number) ** 2 }) },
      peers,
      external: { ip: AXON_HOST, port },
    });
    await axon.listen({ port, host: AXON_HOST });
    port = (axon.server.address() as { port: number }).port;
  };
  await listen();
  return {
    signer,
    get port() {
      return port;
    },
    crash: async () => {
      const running = axon;
      axon = undefined;
      running?.server.closeAllConnections();
      await running?.close();
    },
    restart: listen,
  };
}
