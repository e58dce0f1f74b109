/** `get_network_to_prune`, with the cases of subtensor's `tests/networks.rs` (`prune_*`). */
import { describe, expect, it } from 'vitest';
import { type StateView, StorageLayer } from '../../storage/index.js';
import { networkToPrune } from './network-to-prune.js';
import {
  NetworkImmunityPeriod,
  NetworkRegisteredAt,
  NetworksAdded,
  SubnetMechanism,
  SubnetMovingPrice,
} from './storage.js';

const EMPTY: StateView = { get: () => null, keys: () => [][Symbol.iterator](), getKeysPaged: () => [] };

/** Subnets as `[netuid, registered at, moving price × 1,000]` (`SubnetMovingPrice` is what pruning compares). */
function state(subnets: [number, bigint, bigint][], immunity = 100n): StorageLayer {
  const s = new StorageLayer(EMPTY);
  NetworksAdded.set(s, 0, true);
  NetworkImmunityPeriod.set(s, immunity);
  for (const [netuid, at, tao] of subnets) {
    NetworksAdded.set(s, netuid, true);
    NetworkRegisteredAt.set(s, netuid, at);
    SubnetMechanism.set(s, netuid, 1);
    SubnetMovingPrice.set(s, netuid, { bits: (tao << 32n) / 1_000n });
  }
  return s;
}

describe('networkToPrune', () => {
  it('args: none without subnets, and none while every subnet is immune (prune_none_when_all_networks_immune)', () => {
    expect(networkToPrune(state([]), 1_000n)).toBeUndefined();
    expect(
      networkToPrune(
        state([
          [1, 950n, 1n],
          [2, 960n, 2n],
        ]),
        1_000n,
      ),
    ).toBeUndefined();
  });

  it('default: the lowest price wins (prune_selects_network_with_lowest_price)', () => {
    expect(
      networkToPrune(
        state([
          [1, 1n, 3_000n],
          [2, 1n, 2_000n],
          [3, 1n, 5_000n],
        ]),
        1_000n,
      ),
    ).toBe(2);
  });

  it('behavior: an immune subnet is skipped even at a lower price; immunity ends at registration + period', () => {
    const s = state([
      [1, 10n, 3_000n],
      [2, 950n, 1_000n],
    ]);
    expect(networkToPrune(s, 1_000n)).toBe(1);
    expect(networkToPrune(s, 1_050n)).toBe(2);
  });

  it('behavior: on a price tie the earlier registration wins, then NetworksAdded key order (little-endian netuids)', () => {
    expect(
      networkToPrune(
        state([
          [1, 20n, 1_000n],
          [2, 10n, 1_000n],
        ]),
        1_000n,
      ),
    ).toBe(2);
    // 256 encodes as 0x0001 and sorts before 2 (0x0200).
    expect(
      networkToPrune(
        state([
          [2, 10n, 1_000n],
          [256, 10n, 1_000n],
        ]),
        1_000n,
      ),
    ).toBe(256);
  });
});
