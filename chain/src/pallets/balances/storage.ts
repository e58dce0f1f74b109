import {
  AccountId32,
  array,
  Balance,
  enumType,
  field,
  sequence,
  struct,
  type TypeDef,
  u8,
  variant,
} from '../../frame/primitives.js';
import { RUNTIME_CRATE } from '../../frame/runtime-types.js';
import { storageItem } from '../../frame/storage-item.js';
import { AccountData, type AccountDataValue } from './types.js';

export const TotalIssuance = storageItem<[], bigint>({
  pallet: 'Balances',
  name: 'TotalIssuance',
  value: Balance,
  default: 0n,
  docs: [' The total units issued in the system.'],
});

export const InactiveIssuance = storageItem<[], bigint>({
  pallet: 'Balances',
  name: 'InactiveIssuance',
  value: Balance,
  default: 0n,
  docs: [' The total units of outstanding deactivated balance in the system.'],
});

/**
 * `Balances.Account` (named apart from `System.Account`): declared as `pallet_balances` declares it, and empty, as on subtensor, whose
 * balances live in `System.Account` (`AccountStore = System`).
 */
export const BalancesAccount = storageItem<[Uint8Array], AccountDataValue>({
  pallet: 'Balances',
  name: 'Account',
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  value: AccountData,
  default: { free: 0n, reserved: 0n, frozen: 0n, flags: 0n },
  docs: [
    ' The Balances pallet example of storing the balance of an account.',
    ' (unused: this runtime keeps balances in `System.Account`)',
  ],
});

const LockIdentifier = array(8, u8);

/** `pallet_balances::types::Reasons`. */
const Reasons = enumType(
  ['pallet_balances', 'types', 'Reasons'],
  [variant(0, 'Fee'), variant(1, 'Misc'), variant(2, 'All')],
);

/** `pallet_balances::types::BalanceLock<Balance>`. */
const BalanceLock = struct(
  ['pallet_balances', 'types', 'BalanceLock'],
  [
    field('id', LockIdentifier, 'LockIdentifier'),
    field('amount', Balance, 'Balance'),
    field('reasons', Reasons, 'Reasons'),
  ],
  [{ name: 'Balance', type: Balance }],
);

/** `pallet_balances::types::ReserveData<ReserveIdentifier, Balance>`. */
const ReserveData = struct(
  ['pallet_balances', 'types', 'ReserveData'],
  [field('id', LockIdentifier, 'ReserveIdentifier'), field('amount', Balance, 'Balance')],
  [
    { name: 'ReserveIdentifier', type: LockIdentifier },
    { name: 'Balance', type: Balance },
  ],
);

/** `frame_support::traits::tokens::misc::IdAmount<Id, Balance>`. */
function idAmount(id: TypeDef): TypeDef {
  return struct(
    ['frame_support', 'traits', 'tokens', 'misc', 'IdAmount'],
    [field('id', id, 'Id'), field('amount', Balance, 'Balance')],
    [
      { name: 'Id', type: id },
      { name: 'Balance', type: Balance },
    ],
  );
}

/** The runtime's hold reasons: none (no pallet of this runtime places holds). */
const RuntimeHoldReason = enumType([RUNTIME_CRATE, 'RuntimeHoldReason'], []);
/** The runtime's freeze reasons: none. */
const RuntimeFreezeReason = enumType([RUNTIME_CRATE, 'RuntimeFreezeReason'], []);

/** A lock on an account's balance (`BalanceLock`). */
export interface BalanceLockValue {
  id: Uint8Array;
  amount: bigint;
  reasons: { type: 'Fee' | 'Misc' | 'All' };
}

/** `Balances.Locks`: no pallet of this runtime locks balances, so every account has none. */
export const Locks = storageItem<[Uint8Array], BalanceLockValue[]>({
  pallet: 'Balances',
  name: 'Locks',
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  value: sequence(BalanceLock),
  default: [],
  docs: [' Any liquidity locks on some account balances.'],
});

/** `Balances.Reserves`: named reserves (none in this runtime). */
export const Reserves = storageItem<[Uint8Array], { id: Uint8Array; amount: bigint }[]>({
  pallet: 'Balances',
  name: 'Reserves',
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  value: sequence(ReserveData),
  default: [],
  docs: [' Named reserves on some account balances.'],
});

/** `Balances.Holds`: holds on an account's balance (none in this runtime). */
export const Holds = storageItem<[Uint8Array], { id: unknown; amount: bigint }[]>({
  pallet: 'Balances',
  name: 'Holds',
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  value: sequence(idAmount(RuntimeHoldReason)),
  default: [],
  docs: [' Holds on account balances.'],
});

/** `Balances.Freezes`: freeze locks on an account's balance (none in this runtime). */
export const Freezes = storageItem<[Uint8Array], { id: unknown; amount: bigint }[]>({
  pallet: 'Balances',
  name: 'Freezes',
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  value: sequence(idAmount(RuntimeFreezeReason)),
  default: [],
  docs: [' Freeze locks on account balances.'],
});
