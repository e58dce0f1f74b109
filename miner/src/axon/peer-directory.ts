/**
 * What the allowlist needs to know about a caller's hotkey on the subnet.
 *
 * @example
 * const peer: Peer = { uid: 3, validatorPermit: true, stake: 12_000 };
 */
export interface Peer {
  readonly uid: number;
  readonly validatorPermit: boolean;
  /** Stake in TAO (or alpha), compared with `allowlist.minStake` and used as priority. */
  readonly stake: number;
  /** The IP the peer advertises on chain, if any (for firewall export). */
  readonly ip?: string;
}

/**
 * Where the axon looks up callers. A metagraph-backed directory comes with the chain client; tests and
 * private deployments use {@link createStaticPeerDirectory}.
 *
 * @example
 * const directory: PeerDirectory = { lookup: (hotkey) => metagraph.peer(hotkey) };
 */
export interface PeerDirectory {
  /** The peer registered under `hotkey`, or `undefined` when it is not registered. Must be cheap (in memory). */
  lookup(hotkey: string): Peer | undefined;
  /** Every registered peer, for exporting validator IPs to a firewall. */
  peers?(): Iterable<readonly [hotkey: string, peer: Peer]>;
}

/**
 * An in-memory directory, replaceable at runtime with `set`/`delete`.
 *
 * @example
 * const directory = createStaticPeerDirectory({ [validator.address]: { uid: 0, validatorPermit: true, stake: 5000 } });
 * directory.set(other.address, { uid: 1, validatorPermit: false, stake: 0 });
 */
export function createStaticPeerDirectory(
  initial: Readonly<Record<string, Peer>> = {},
): PeerDirectory & { set(hotkey: string, peer: Peer): void; delete(hotkey: string): void } {
  const peers = new Map<string, Peer>(Object.entries(initial));
  return {
    lookup: (hotkey) => peers.get(hotkey),
    peers: () => peers.entries(),
    set: (hotkey, peer) => {
      peers.set(hotkey, Object.freeze({ ...peer }));
    },
    delete: (hotkey) => {
      peers.delete(hotkey);
    },
  };
}

/**
 * The IPs of peers holding a validator permit, sorted and deduplicated: feed them to iptables, nginx or a
 * cloud firewall so only validators reach the axon port.
 *
 * @example
 * for (const ip of validatorIps(directory)) console.log(`allow ${ip};`);
 */
export function validatorIps(directory: PeerDirectory, minStake = 0): string[] {
  const ips = new Set<string>();
  for (const [, peer] of directory.peers?.() ?? []) {
    if (peer.validatorPermit && peer.stake >= minStake && peer.ip && peer.ip !== '0.0.0.0') ips.add(peer.ip);
  }
  return [...ips].sort();
}
