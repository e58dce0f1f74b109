import { encodeIp, type Metagraph, type Signer, type SubtensorClient, serveAxon } from '@subnetkit/sdk';
import { MinerError } from '../miner-error.js';

/**
 * Parameters of {@link serveAxonOnce}.
 *
 * @example
 * const parameters: ServeAxonOnceParameters = { signer, metagraph, ip: '203.0.113.7', port: 8091 };
 */
export interface ServeAxonOnceParameters {
  /** This miner's hotkey (signs `serve_axon`). */
  readonly signer: Signer;
  /** A current snapshot of the subnet: where the hotkey's uid and its served axon are read. */
  readonly metagraph: Metagraph;
  /** The public address validators reach (not loopback: the chain refuses it). */
  readonly ip: string;
  readonly port: number;
  /** @defaultValue 4, as Bittensor's axon */
  readonly protocol?: number;
  /** @defaultValue 0 */
  readonly version?: number;
}

/**
 * The uid of `hotkey` in the snapshot; throws `MINER_NOT_REGISTERED` (with the command that fixes it) when it has
 * none.
 *
 * @example
 * const uid = registeredUid(watcher.current, signer.address);
 */
export function registeredUid(metagraph: Metagraph, hotkey: string): number {
  const uid = metagraph.hotkeys.indexOf(hotkey);
  if (uid < 0) {
    throw new MinerError(
      'MINER_NOT_REGISTERED',
      `hotkey ${hotkey} is not registered on netuid ${metagraph.netuid}: register it first (subnetkit subnets register --netuid ${metagraph.netuid})`,
    );
  }
  return uid;
}

/**
 * Announces the axon on chain (`serve_axon`) unless the chain already holds the same ip, port, protocol and
 * version for this hotkey, which saves a transaction and the chain's serving rate limit on every restart.
 * Throws `MINER_NOT_REGISTERED` when the hotkey has no uid on the subnet.
 *
 * @example
 * const outcome = await serveAxonOnce(client, { signer, metagraph: watcher.current, ip: '203.0.113.7', port: 8091 });
 * outcome.served; // false when the chain already had it
 */
export async function serveAxonOnce(
  client: SubtensorClient,
  parameters: ServeAxonOnceParameters,
): Promise<{ readonly uid: number; readonly served: boolean }> {
  const { signer, metagraph, ip, port } = parameters;
  const protocol = parameters.protocol ?? 4;
  const version = parameters.version ?? 0;
  const uid = registeredUid(metagraph, signer.address);
  const onChain = metagraph.axons[uid]!;
  const wanted = encodeIp(ip);
  const same =
    onChain.ipType === wanted.ipType &&
    encodeIp(onChain.ip).ip === wanted.ip &&
    onChain.port === port &&
    onChain.protocol === protocol &&
    onChain.version === version;
  if (same) return { uid, served: false };
  await serveAxon(client, { signer, netuid: metagraph.netuid, ip, port, protocol, version });
  return { uid, served: true };
}
