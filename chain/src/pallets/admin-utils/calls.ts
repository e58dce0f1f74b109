/**
 * `AdminUtils` calls: every signature of the reference table; setters from `setters.ts`; the rest fail
 * with `SubtensorModule.CallDisabled` (PoW registration with `POWRegistrationDisabled`, total issuance
 * with `Deprecated`, as on the real chain).
 */
import { defineCalls } from '../../frame/define-calls.js';
import { ensureRoot } from '../../frame/define-pallet.js';
import { ensure, fail } from '../subtensor/errors.js';
import { AlphaValues, EMAPriceHalvingBlocks, LiquidAlphaOn } from '../subtensor/storage.js';
import { ensureOwnerOrRoot, subnetExists } from '../subtensor/subnets.js';
import { adminUtilsCallTable } from './call-table.js';
import { adminFail } from './errors.js';
import { setterHandlers } from './setters.js';

/** `pallet_admin_utils::Call`, as declared for metadata and dispatch. */
export const adminUtilsCalls = defineCalls(
  adminUtilsCallTable,
  {
    ...setterHandlers,
    sudo_set_network_pow_registration_allowed: () => adminFail('POWRegistrationDisabled'),
    sudo_set_alpha_values: (ctx, origin, { netuid, alpha_low, alpha_high }) => {
      ensureOwnerOrRoot(ctx, origin, netuid);
      if (!subnetExists(ctx.state, netuid)) adminFail('SubnetDoesNotExist');
      ensure(LiquidAlphaOn.get(ctx.state, netuid), 'LiquidAlphaDisabled');
      ensure(alpha_high >= 1638, 'AlphaHighTooLow');
      ensure(alpha_low >= 1638 && alpha_low <= alpha_high, 'AlphaLowOutOfRange');
      AlphaValues.set(ctx.state, netuid, [alpha_low, alpha_high]);
    },
    // As subtensor: root only, no subnet check, no event.
    sudo_set_ema_price_halving_period: (ctx, origin, { netuid, ema_halving }) => {
      ensureRoot(origin);
      EMAPriceHalvingBlocks.set(ctx.state, netuid, ema_halving);
    },
    sudo_set_total_issuance: (_ctx, origin) => {
      ensureRoot(origin);
      adminFail('Deprecated');
    },
  },
  {
    weight: 20_000_000n,
    unimplemented: {
      dispatch: () => fail('CallDisabled'),
      docs: [' Not implemented by the devnet: fails with `SubtensorModule.CallDisabled`.'],
    },
  },
);
