/** `SubtensorModule` genesis: the root subnet (netuid 0), as subtensor's `macros/genesis.rs` creates it. */

import type { GenesisConfig } from '../../frame/define-pallet.js';
import type { StateOverlay } from '../../frame/state.js';
import {
  MaxAllowedUids,
  MaxAllowedValidators,
  NetworkRateLimit,
  NetworkRegisteredAt,
  NetworksAdded,
  SubnetMechanism,
  Tempo,
  TotalIssuance,
  TotalNetworks,
} from './storage.js';

/**
 * Writes the root network (tempo 100, 64 uids, 64 validators) and the devnet's network rate limit of 0
 * (as subtensor's `pow-faucet` builds), and records the endowed TAO as subtensor's `TotalIssuance`.
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
  MaxAllowedUids.set(state, 0, 64);
  MaxAllowedValidators.set(state, 0, 64);
  NetworkRateLimit.set(state, 0n);
  TotalIssuance.set(
    state,
    config.endowed.reduce((sum, [, free]) => sum + free, 0n),
  );
}
