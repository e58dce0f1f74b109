import { constant, definePallet } from '../../frame/define-pallet.js';
import { u16 } from '../../frame/scale-types.js';
import { swapCalls } from './calls.js';
import { swapErrors } from './errors.js';
import { swapEvents } from './events.js';
import { FeeRate, MAX_FEE_RATE } from './storage.js';

/**
 * `pallet_subtensor_swap` as `Swap` (index 28): the per-subnet fee rate and its setter. The pool math is
 * `balancer.ts` / `swap-step.ts`; the reserves live in `SubtensorModule` (`SubnetTAO`, `SubnetAlphaIn`).
 *
 * @example
 * const pallets = [subtensorPallet, swapPallet];
 */
export const swapPallet = definePallet({
  name: 'Swap',
  index: 28,
  crate: 'pallet_subtensor_swap',
  calls: swapCalls,
  storage: [FeeRate],
  events: swapEvents,
  errors: swapErrors,
  constants: [constant('MaxFeeRate', u16, MAX_FEE_RATE, ' The maximum fee rate that can be set')],
});

export { FeeRate } from './storage.js';
