/** `pallet_balances::Error`, in declaration order (index = position). */
export const balancesErrors = [
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
] as const;
