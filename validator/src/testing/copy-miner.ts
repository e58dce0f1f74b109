import type { AxonTarget, Dendrite, Synapse } from '@subnetkit/sdk';
import type { AdversaryHandler } from './adversary-handler.js';

/**
 * Options of {@link copyMiner}.
 *
 * @example
 * const options: CopyMinerOptions = { dendrite: createDendrite({ signer: copier }), synapse: Digits, peer: honestAxon };
 */
export type CopyMinerOptions = {
  /** Signs the forwarded queries with the copier's hotkey. */
  dendrite: Dendrite;
  synapse: Synapse;
  /** The miner whose answers it copies. */
  peer: AxonTarget;
  /** Seconds it waits for the peer. @defaultValue 10 */
  timeoutSeconds?: number;
};

/**
 * A copying miner: forwards each query to another miner's axon and returns its answer as its own. It matches the
 * peer's accuracy whenever the peer answers it; what it cannot avoid is the peer's latency on top of its own, and
 * a peer that answers only validators refuses it. A failed forward fails the query.
 *
 * @example
 * const handler = copyMiner({ dendrite: createDendrite({ signer: copier }), synapse: Digits, peer: { ip: '127.0.0.2', port, hotkey } });
 */
export function copyMiner(options: CopyMinerOptions): AdversaryHandler {
  const { dendrite, synapse, peer, timeoutSeconds = 10 } = options;
  return async (request, context) => {
    const [result] = await dendrite.query({
      synapse,
      axons: [peer],
      input: request,
      timeout: timeoutSeconds,
      ...(context.signal === undefined ? {} : { signal: context.signal }),
    });
    if (!result.ok || result.response === undefined)
      throw new Error(`the copied miner answered ${result.status}: ${result.message}`);
    return result.response as Record<string, unknown>;
  };
}
