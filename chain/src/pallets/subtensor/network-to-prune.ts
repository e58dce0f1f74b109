/**
 * `get_network_to_prune` (`coinbase/root.rs`): which subnet `register_network` dissolves when the subnet limit is
 * reached — the non-immune subnet with the lowest moving alpha price, the earliest registered on a tie.
 */
import type { StateReader } from '../../frame/state.js';
import { mapKeySuffixes, u16At } from './map-keys.js';
import { movingPriceBits } from './moving-price.js';
import { NetworkImmunityPeriod, NetworkRegisteredAt, NetworksAdded } from './storage.js';

/**
 * The subnet to prune at `block`, or undefined when every subnet is still within `NetworkImmunityPeriod` blocks of
 * its registration. Subnets are visited in `NetworksAdded` key order (netuids as little-endian bytes), as subtensor
 * iterates them, which decides a tie of price and registration block.
 *
 * @example
 * networkToPrune(state, 10_000n) // 2 | undefined
 */
export function networkToPrune(state: StateReader, block: bigint): number | undefined {
  const immunity = NetworkImmunityPeriod.get(state);
  let best: { netuid: number; price: bigint; registeredAt: bigint } | undefined;
  for (const suffix of mapKeySuffixes(state, NetworksAdded)) {
    const netuid = u16At(suffix, 0);
    if (netuid === 0 || !NetworksAdded.get(state, netuid)) continue;
    const registeredAt = NetworkRegisteredAt.get(state, netuid);
    if (block < registeredAt + immunity) continue;
    const price = movingPriceBits(state, netuid);
    if (
      best === undefined ||
      price < best.price ||
      (price === best.price && registeredAt < best.registeredAt)
    )
      best = { netuid, price, registeredAt };
  }
  return best?.netuid;
}
