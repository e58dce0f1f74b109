/**
 * `AdminUtils` calls: every signature of the reference table; setters from `setters.ts`; the rest fail
 * with `SubtensorModule.CallDisabled` (PoW registration with `POWRegistrationDisabled`, total issuance
 * with `Deprecated`, as on the real chain).
 */
import { type CallDecl, DispatchFailure, ensureRoot } from '../../frame/define-pallet.js';
import { ensure } from '../subtensor/errors.js';
import { AlphaValues, LiquidAlphaOn } from '../subtensor/storage.js';
import { ensureOwnerOrRoot, subnetExists } from '../subtensor/subnets.js';
import { adminUtilsCallTable } from './call-table.js';
import { adminFail } from './errors.js';
import { applyGlobalSetter, applySubnetSetter, globalSetters, subnetSetters } from './setters.js';

const special: Record<string, CallDecl['dispatch']> = {
  sudo_set_network_pow_registration_allowed: () => adminFail('POWRegistrationDisabled'),
  sudo_set_alpha_values: (ctx, origin, a) => {
    const netuid = a.netuid as number;
    ensureOwnerOrRoot(ctx, origin, netuid);
    if (!subnetExists(ctx.state, netuid)) adminFail('SubnetDoesNotExist');
    const low = a.alpha_low as number;
    const high = a.alpha_high as number;
    ensure(LiquidAlphaOn.get(ctx.state, netuid), 'LiquidAlphaDisabled');
    ensure(high >= 1638, 'AlphaHighTooLow');
    ensure(low >= 1638 && low <= high, 'AlphaLowOutOfRange');
    AlphaValues.set(ctx.state, netuid, [low, high]);
  },
  sudo_set_total_issuance: (_ctx, origin) => {
    ensureRoot(origin);
    adminFail('Deprecated');
  },
};

/** `pallet_admin_utils::Call`, as declared for metadata and dispatch. */
export const adminUtilsCalls: CallDecl[] = adminUtilsCallTable.map(([name, index, args]) => {
  const subnet = subnetSetters[name];
  const global = globalSetters[name];
  const dispatch: CallDecl['dispatch'] =
    special[name] ??
    (subnet !== undefined
      ? (ctx, origin, a) => applySubnetSetter(ctx, origin, subnet, a)
      : global !== undefined
        ? (ctx, origin, a) => applyGlobalSetter(ctx, origin, global, a)
        : () => {
            throw new DispatchFailure({ module: 'SubtensorModule', error: 'CallDisabled' });
          });
  const implemented = special[name] !== undefined || subnet !== undefined || global !== undefined;
  return {
    name,
    index,
    args,
    weight: () => 20_000_000n,
    docs: implemented ? [] : [' Not implemented by the devnet: fails with `SubtensorModule.CallDisabled`.'],
    dispatch,
  };
});
