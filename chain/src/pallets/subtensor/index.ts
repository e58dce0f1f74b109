import { constant, definePallet } from '../../frame/define-pallet.js';
import { u16, u64 } from '../../frame/scale-types.js';
import { isStorageItem } from '../../frame/storage-item.js';
import { subtensorCalls } from './calls.js';
import { subtensorErrors } from './errors.js';
import { subtensorEvents } from './events.js';
import { subtensorGenesis } from './genesis.js';
import { subtensorOnInitialize } from './hooks.js';
import * as storage from './storage.js';

/** Every storage item declared in `storage.ts`, in declaration order. */
const items = Object.values(storage).filter(isStorageItem);

/**
 * `pallet_subtensor` as `SubtensorModule` (index 7): subnets, registration, staking, weights,
 * serving, epochs and emission (docs/chain.md lists what is implemented and simplified).
 *
 * @example
 * const pallets = [system, balancesPallet, subtensorPallet];
 */
export const subtensorPallet = definePallet({
  name: 'SubtensorModule',
  index: 7,
  crate: 'pallet_subtensor',
  calls: subtensorCalls,
  storage: items,
  events: subtensorEvents,
  errors: subtensorErrors,
  constants: [
    constant('InitialTempo', u16, 360, ' Initial tempo of a subnet.'),
    constant('InitialMinBurn', u64, 500_000n, ' Initial minimum burn.'),
    constant('InitialMaxBurn', u64, 100_000_000_000n, ' Initial maximum burn.'),
  ],
  genesis: subtensorGenesis,
  onInitialize: subtensorOnInitialize,
});

export { EPOCH_TIMING_CHANNEL, type EpochTiming, readEpochInput } from './epoch.js';
export { stakeOf } from './pools.js';
export * from './storage.js';
export { commitHash } from './weights.js';
