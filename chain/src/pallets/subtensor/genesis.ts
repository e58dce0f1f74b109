/** `SubtensorModule` genesis: the root subnet (netuid 0), as subtensor's `macros/genesis.rs` creates it. */

import type { GenesisConfig } from '../../frame/define-pallet.js';
import type { StateOverlay } from '../../frame/state.js';
import {
  AdminFreezeWindow,
  MaxAllowedUids,
  MaxAllowedValidators,
  NetworkRateLimit,
  NetworkRegisteredAt,
  NetworksAdded,
  SubnetMechanism,
  Tempo,
  TokenSymbol,
  TotalIssuance,
  TotalNetworks,
} from './storage.js';
import { symbolForSubnet } from './subnet-symbols.js';

/**
 * Writes the root network (tempo 100, 64 uids, 64 validators), the devnet's network rate limit of 0 (as subtensor's
 * `pow-faucet` builds) and an admin freeze window of 0 blocks (subtensor's default is 10, which with a devnet's
 * short tempos such as 10 freezes the owner's settings most of the time; subtensor's own local test setups set it
 * to 0 the same way), and records the endowed TAO as subtensor's `TotalIssuance`. Root can set the window back
 * (`sudo_set_admin_freeze_window`).
 *
 * @example
 * subtensorGenesis(state, config);
 */
export function subtensorGenesis(state: StateOverlay, config: GenesisConfig): void {
  NetworksAdded.set(state, 0, true);
  TotalNetworks.set(state, 1);
  NetworkRegisteredAt.set(state, 0, 0n);
  SubnetMechanism.set(state, 0, 0);
  Tempo.set(state, 0, 100);
  TokenSymbol.set(state, 0, symbolForSubnet(0));
  MaxAllowedUids.set(state, 0, 64);
  MaxAllowedValidators.set(state, 0, 64);
  NetworkRateLimit.set(state, 0n);
  AdminFreezeWindow.set(state, 0);
  TotalIssuance.set(
    state,
    config.endowed.reduce((sum, [, free]) => sum + free, 0n),
  );
}
