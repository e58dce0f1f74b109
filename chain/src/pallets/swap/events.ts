import { defineEvents, event } from '../../frame/define-events.js';
import { u16 } from '../../frame/scale-types.js';
import { NetUid } from '../subtensor/scale-types.js';

/** `pallet_subtensor_swap::Event`, with the real names, fields and indices. */
export const swapEvents = defineEvents('Swap', {
  FeeRateSet: event(
    0,
    { netuid: NetUid, rate: u16 },
    ' Event emitted when the fee rate has been updated for a subnet',
  ),
});
