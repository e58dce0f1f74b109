import { definePallet, type PalletDecl } from '../../frame/define-pallet.js';
import { u16, u64 } from '../../frame/primitives.js';
import { subtensorCalls } from './calls.js';
import { subtensorErrors } from './errors.js';
import { subtensorEvents } from './events.js';
import { subtensorGenesis } from './genesis.js';
import { subtensorOnInitialize } from './hooks.js';
import * as storage from './storage.js';

/** Every storage item declared in `storage.ts`, in declaration order. */
const items = (Object.values(storage) as unknown[]).filter(
  (v) => typeof v === 'object' && v !== null && 'fallback' in v,
) as unknown as PalletDecl['storage'];

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
  errors: [...subtensorErrors],
  constants: [
    { name: 'InitialTempo', type: u16, value: 360, docs: [' Initial tempo of a subnet.'] },
    { name: 'InitialMinBurn', type: u64, value: 500_000n, docs: [' Initial minimum burn.'] },
    { name: 'InitialMaxBurn', type: u64, value: 100_000_000_000n, docs: [' Initial maximum burn.'] },
  ],
  genesis: subtensorGenesis,
  onInitialize: subtensorOnInitialize,
});

export { EPOCH_TIMING_CHANNEL, type EpochTiming, readEpochInput } from './epoch.js';
export { stakeOf } from './pools.js';
export * from './storage.js';
export { commitHash } from './weights.js';
