import { Balance, field, struct, u128 } from '../../frame/primitives.js';

/** `pallet_balances::types::ExtraFlags`: a u128 newtype; bit 127 marks the "new logic" layout. */
export const ExtraFlags = struct(['pallet_balances', 'types', 'ExtraFlags'], [field(null, u128, 'u128')]);

/** `pallet_balances::types::AccountData<Balance>` with subtensor's `Balance = u64`. */
export const AccountData = struct(
  ['pallet_balances', 'types', 'AccountData'],
  [
    field('free', Balance, 'Balance'),
    field('reserved', Balance, 'Balance'),
    field('frozen', Balance, 'Balance'),
    field('flags', ExtraFlags, 'ExtraFlags'),
  ],
  [{ name: 'Balance', type: Balance }],
);

/** Decoded `AccountData`. */
export interface AccountDataValue {
  free: bigint;
  reserved: bigint;
  frozen: bigint;
  flags: bigint;
}

/** The flags value real chains write for accounts created after the balances "new logic" upgrade. */
export const NEW_LOGIC_FLAG = 1n << 127n;
