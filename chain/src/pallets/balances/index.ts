import { constant, definePallet } from '../../frame/define-pallet.js';
import { u32, u64 } from '../../frame/scale-types.js';
import { readAccount, writeAccount } from '../system/index.js';
import { balancesCalls } from './calls.js';
import { EXISTENTIAL_DEPOSIT } from './currency.js';
import { balancesErrors } from './errors.js';
import { balancesEvents } from './events.js';
import {
  BalancesAccount,
  Freezes,
  Holds,
  InactiveIssuance,
  Locks,
  Reserves,
  TotalIssuance,
} from './storage.js';
import { NEW_LOGIC_FLAG } from './types.js';

/**
 * `pallet_balances` (index 5) with subtensor's `Balance = u64`; balances live in `System.Account`, and
 * `Balances.Account`, `Locks`, `Reserves`, `Holds` and `Freezes` are declared and empty, as on subtensor.
 *
 * @example
 * const pallets = [system, timestampPallet, balancesPallet];
 */
export const balancesPallet = definePallet({
  name: 'Balances',
  index: 5,
  crate: 'pallet_balances',
  calls: balancesCalls,
  storage: [TotalIssuance, InactiveIssuance, BalancesAccount, Locks, Reserves, Holds, Freezes],
  events: balancesEvents,
  errors: balancesErrors,
  constants: [
    constant(
      'ExistentialDeposit',
      u64,
      EXISTENTIAL_DEPOSIT,
      ' The minimum amount required to keep an account open.',
    ),
    constant('MaxLocks', u32, 50, ' The maximum number of locks that should exist on an account.'),
    constant('MaxReserves', u32, 50, ' The maximum number of named reserves that can exist on an account.'),
    constant(
      'MaxFreezes',
      u32,
      50,
      ' The maximum number of individual freeze locks that can exist on an account.',
    ),
  ],
  genesis: (state, config) => {
    let total = 0n;
    for (const [who, free] of config.endowed) {
      const info = readAccount(state, who);
      // Genesis accounts come into existence without events, as on a real chain.
      writeAccount({ state, deposit: () => {} }, who, {
        ...info,
        providers: 1,
        data: { ...info.data, free, flags: NEW_LOGIC_FLAG },
      });
      total += free;
    }
    TotalIssuance.set(state, TotalIssuance.get(state) + total);
  },
});

export * from './currency.js';
export { balancesEvents } from './events.js';
export * from './storage.js';
export * from './types.js';
