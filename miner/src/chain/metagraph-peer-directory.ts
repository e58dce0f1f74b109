import type { Metagraph } from '@subnetkit/sdk';
import type { Peer, PeerDirectory } from '../axon/peer-directory.js';

/**
 * The peers of one metagraph snapshot by hotkey: uid, validator permit, total stake (`metagraph.stake.total`,
 * alpha plus weighted root TAO, as Bittensor's `metagraph.S`) and the IP it serves on.
 *
 * @example
 * const peers = metagraphPeers(await getMetagraph(client, { netuid: 1 }));
 * peers.get(validatorHotkey); // { uid: 1, validatorPermit: true, stake: 100, ip: '203.0.113.5' }
 */
export function metagraphPeers(metagraph: Metagraph): Map<string, Peer> {
  const peers = new Map<string, Peer>();
  for (let uid = 0; uid < metagraph.n; uid++) {
    const ip = metagraph.axons[uid]?.ip;
    peers.set(
      metagraph.hotkeys[uid]!,
      Object.freeze({
        uid,
        validatorPermit: metagraph.validatorPermit[uid] === 1,
        stake: metagraph.stake.total[uid]!,
        ...(ip === undefined || ip === '0.0.0.0' ? {} : { ip }),
      }),
    );
  }
  return peers;
}

/**
 * A {@link PeerDirectory} that follows a live metagraph: it reads `source.current` (a `MetagraphWatcher` from the
 * SDK's `watchMetagraph` fits) and rebuilds its hotkey index only when the snapshot changed, so lookups stay one
 * map read and a hotkey that registers, gains a permit or loses its stake is seen at the watcher's next refresh.
 *
 * @example
 * const watcher = await watchMetagraph(client, { netuid: 1 });
 * const peers = createMetagraphPeerDirectory(watcher);
 * const axon = buildAxon({ signer, synapses, handlers, peers });
 */
export function createMetagraphPeerDirectory(source: { readonly current: Metagraph }): PeerDirectory {
  let indexed: Metagraph | undefined;
  let peers = new Map<string, Peer>();
  const index = () => {
    const current = source.current;
    if (current !== indexed) {
      peers = metagraphPeers(current);
      indexed = current;
    }
    return peers;
  };
  return {
    lookup: (hotkey) => index().get(hotkey),
    peers: () => index().entries(),
  };
}
