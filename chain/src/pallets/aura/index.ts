import { constant, definePallet } from '../../frame/define-pallet.js';
import { u64 } from '../../frame/scale-types.js';
import { MINIMUM_PERIOD } from '../timestamp/index.js';

/**
 * `pallet_aura` (index 3), its constant only: `SlotDuration`, the expected block time in milliseconds, which clients
 * read to turn blocks into seconds (bittensor ≥ 11 `block_time`). The devnet has no authorities or slots.
 *
 * @example
 * const pallets = [system, timestampPallet, auraPallet];
 */
export const auraPallet = definePallet({
  name: 'Aura',
  index: 3,
  crate: 'pallet_aura',
  constants: [
    constant(
      'SlotDuration',
      u64,
      2n * MINIMUM_PERIOD,
      ' The slot duration Aura should run with, expressed in milliseconds.',
    ),
  ],
});
