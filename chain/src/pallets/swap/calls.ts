/** `Swap` calls the devnet implements: `set_fee_rate` (root). */
import { call, defineCalls } from '../../frame/define-calls.js';
import { ensureRoot } from '../../frame/define-pallet.js';
import { u16 } from '../../frame/scale-types.js';
import { NetUid } from '../subtensor/scale-types.js';
import { subnetExists } from '../subtensor/subnets.js';
import { swapEnsure } from './errors.js';
import { swapEvents } from './events.js';
import { FeeRate, MAX_FEE_RATE } from './storage.js';

/** `pallet_subtensor_swap::Call`. */
export const swapCalls = defineCalls(
  { set_fee_rate: call(0, { netuid: NetUid, rate: u16 }) },
  {
    set_fee_rate: (ctx, origin, { netuid, rate }) => {
      ensureRoot(origin);
      swapEnsure(subnetExists(ctx.state, netuid), 'MechanismDoesNotExist');
      swapEnsure(rate <= MAX_FEE_RATE, 'FeeRateTooHigh');
      FeeRate.set(ctx.state, netuid, rate);
      swapEvents.deposit(ctx, 'FeeRateSet', { netuid, rate });
    },
  },
  { weight: 20_000_000n },
);
