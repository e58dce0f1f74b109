import { constant, definePallet } from '../../frame/define-pallet.js';
import { u16, u32, u64 } from '../../frame/scale-types.js';
import { isStorageItem } from '../../frame/storage-item.js';
import { subtensorCalls } from './calls.js';
import { subtensorErrors } from './errors.js';
import { subtensorEvents } from './events.js';
import { subtensorGenesis } from './genesis.js';
import { subtensorOnInitialize } from './hooks.js';
import {
  HOTKEY_SWAP_ON_SUBNET_INTERVAL,
  INITIAL_COLDKEY_SWAP_ANNOUNCEMENT_DELAY,
  INITIAL_COLDKEY_SWAP_REANNOUNCEMENT_DELAY,
  KEY_SWAP_COST,
  KEY_SWAP_ON_SUBNET_COST,
} from './key-swap-storage.js';
import { TaoBalance } from './scale-types.js';
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
    constant('KeySwapCost', TaoBalance, KEY_SWAP_COST, ' Cost of swapping a hotkey.'),
    constant(
      'InitialColdkeySwapAnnouncementDelay',
      u32,
      INITIAL_COLDKEY_SWAP_ANNOUNCEMENT_DELAY,
      ' Coldkey swap announcement delay.',
    ),
    constant(
      'InitialColdkeySwapReannouncementDelay',
      u32,
      INITIAL_COLDKEY_SWAP_REANNOUNCEMENT_DELAY,
      ' Coldkey swap reannouncement delay.',
    ),
    constant(
      'KeySwapOnSubnetCost',
      TaoBalance,
      KEY_SWAP_ON_SUBNET_COST,
      ' Cost of swapping a hotkey in a subnet.',
    ),
    constant(
      'HotkeySwapOnSubnetInterval',
      u64,
      HOTKEY_SWAP_ON_SUBNET_INTERVAL,
      ' Block number for a coldkey swap the hotkey in specific subnet.',
    ),
    // Read by bittensor's `subnet_start_schedule` and `btcli subnets check-start`.
    constant(
      'InitialStartCallDelay',
      u64,
      storage.INITIAL_START_CALL_DELAY,
      ' Delay after which a new subnet can dispatch start call extrinsic.',
    ),
  ],
  genesis: subtensorGenesis,
  onInitialize: subtensorOnInitialize,
});

export { EPOCH_TIMING_CHANNEL, type EpochTiming, readEpochInput } from './epoch.js';
export { stakeOf } from './pools.js';
export * from './storage.js';
export { commitHash } from './weights.js';
