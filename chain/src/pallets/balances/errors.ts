import { defineErrors } from '../../frame/define-errors.js';

/** `pallet_balances::Error`, in declaration order (index = position). */
export const balancesErrors = defineErrors('Balances', [
  'VestingBalance',
  'LiquidityRestrictions',
  'InsufficientBalance',
  'ExistentialDeposit',
  'Expendability',
  'ExistingVestingSchedule',
  'DeadAccount',
  'TooManyReserves',
  'TooManyHolds',
  'TooManyFreezes',
  'IssuanceDeactivated',
  'DeltaZero',
]);
