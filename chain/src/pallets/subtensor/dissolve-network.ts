/**
 * `do_dissolve_network` (`coinbase/root.rs`), behind the root-only `dissolve_network(coldkey, netuid)` and
 * `root_dissolve_network(netuid)` and the pruning in `register_network`: root dividends finalized, stakes settled
 * (`destroyAlphaInOutStakes`), the subnet's storage deleted (`removeNetwork`; its identity with
 * `SubnetIdentityRemoved`), `NetworkRemoved`.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { destroyAlphaInOutStakes, type StakeSettlement } from './destroy-alpha-in-out-stakes.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { removeNetwork } from './remove-network.js';
import { finalizeAllSubnetRootDividends } from './root-claim-keys.js';
import { NetworksAdded, SubnetIdentitiesV3 } from './storage.js';

/**
 * Dissolves a subnet: fails with `SubnetNotExists` for root or a missing netuid; otherwise pays the pool out, deletes
 * the subnet and emits `NetworkRemoved`. Returns where the pool's TAO went.
 *
 * @example
 * dissolveNetwork(ctx, 3) // { pot, paid, recycled }
 */
export function dissolveNetwork(ctx: DispatchContext, netuid: number): StakeSettlement {
  ensure(netuid !== 0 && NetworksAdded.get(ctx.state, netuid), 'SubnetNotExists');
  finalizeAllSubnetRootDividends(ctx.state, netuid);
  const settlement = destroyAlphaInOutStakes(ctx, netuid);
  removeNetwork(ctx.state, netuid);
  if (SubnetIdentitiesV3.get(ctx.state, netuid) !== undefined) {
    SubnetIdentitiesV3.set(ctx.state, netuid, undefined);
    deposit(ctx, 'SubnetIdentityRemoved', netuid);
  }
  deposit(ctx, 'NetworkRemoved', netuid);
  return settlement;
}
