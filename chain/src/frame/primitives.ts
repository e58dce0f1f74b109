import {
  array,
  compact,
  enumType,
  field,
  primitive,
  sequence,
  struct,
  type TypeDef,
  tuple,
  variant,
} from './scale/type-def.js';

/**
 * The shared Substrate types every pallet uses, with the exact paths polkadot-js keys its
 * built-in classes on (`sp_core::crypto::AccountId32`, `sp_runtime::multiaddress::MultiAddress`, …).
 */

export const u8 = primitive('U8');
export const u16 = primitive('U16');
export const u32 = primitive('U32');
export const u64 = primitive('U64');
export const u128 = primitive('U128');
export const bool = primitive('Bool');
export const str = primitive('Str');
export const bytes = sequence(u8);
export const unit = tuple();

/** subtensor's balance type: `TaoBalance(u64)`, transparent in metadata. */
export const Balance = u64;

export const H256 = struct(['primitive_types', 'H256'], [field(null, array(32, u8), '[u8; 32]')]);
export const AccountId32 = struct(
  ['sp_core', 'crypto', 'AccountId32'],
  [field(null, array(32, u8), '[u8; 32]')],
);

export const MultiAddress = enumType(
  ['sp_runtime', 'multiaddress', 'MultiAddress'],
  [
    variant(0, 'Id', [field(null, AccountId32, 'AccountId')]),
    variant(1, 'Index', [field(null, compact(unit), 'AccountIndex')]),
    variant(2, 'Raw', [field(null, bytes, 'Vec<u8>')]),
    variant(3, 'Address32', [field(null, array(32, u8), '[u8; 32]')]),
    variant(4, 'Address20', [field(null, array(20, u8), '[u8; 20]')]),
  ],
  [
    { name: 'AccountId', type: AccountId32 },
    { name: 'AccountIndex', type: unit },
  ],
);

export const MultiSignature = enumType(
  ['sp_runtime', 'MultiSignature'],
  [
    variant(0, 'Ed25519', [field(null, array(64, u8), '[u8; 64]')]),
    variant(1, 'Sr25519', [field(null, array(64, u8), '[u8; 64]')]),
    variant(2, 'Ecdsa', [field(null, array(65, u8), '[u8; 65]')]),
  ],
);

export const Weight = struct(
  ['sp_weights', 'weight_v2', 'Weight'],
  [field('ref_time', compact(u64), 'u64'), field('proof_size', compact(u64), 'u64')],
);

export const DispatchClass = enumType(
  ['frame_support', 'dispatch', 'DispatchClass'],
  [variant(0, 'Normal'), variant(1, 'Operational'), variant(2, 'Mandatory')],
);

export const Pays = enumType(['frame_support', 'dispatch', 'Pays'], [variant(0, 'Yes'), variant(1, 'No')]);

export const DispatchInfo = struct(
  ['frame_support', 'dispatch', 'DispatchInfo'],
  [field('weight', Weight, 'Weight'), field('class', DispatchClass), field('pays_fee', Pays)],
);

export const ModuleError = struct(
  ['sp_runtime', 'ModuleError'],
  [field('index', u8, 'u8'), field('error', array(4, u8), '[u8; MAX_MODULE_ERROR_ENCODED_SIZE]')],
);

export const TokenError = enumType(
  ['sp_runtime', 'TokenError'],
  [
    'FundsUnavailable',
    'OnlyProvider',
    'BelowMinimum',
    'CannotCreate',
    'UnknownAsset',
    'Frozen',
    'Unsupported',
    'CannotCreateHold',
    'NotExpendable',
    'Blocked',
  ].map((name, i) => variant(i, name)),
);

export const ArithmeticError = enumType(
  ['sp_arithmetic', 'ArithmeticError'],
  ['Underflow', 'Overflow', 'DivisionByZero'].map((name, i) => variant(i, name)),
);

export const TransactionalError = enumType(
  ['sp_runtime', 'TransactionalError'],
  ['LimitReached', 'NoLayer'].map((name, i) => variant(i, name)),
);

export const DispatchError = enumType(
  ['sp_runtime', 'DispatchError'],
  [
    variant(0, 'Other'),
    variant(1, 'CannotLookup'),
    variant(2, 'BadOrigin'),
    variant(3, 'Module', [field(null, ModuleError, 'ModuleError')]),
    variant(4, 'ConsumerRemaining'),
    variant(5, 'NoProviders'),
    variant(6, 'TooManyConsumers'),
    variant(7, 'Token', [field(null, TokenError, 'TokenError')]),
    variant(8, 'Arithmetic', [field(null, ArithmeticError, 'ArithmeticError')]),
    variant(9, 'Transactional', [field(null, TransactionalError, 'TransactionalError')]),
    variant(10, 'Exhausted'),
    variant(11, 'Corruption'),
    variant(12, 'Unavailable'),
    variant(13, 'RootNotAllowed'),
  ],
);

/** `Result<(), DispatchError>` as used by `Sudo.Sudid`. */
export const DispatchResult = enumType(
  ['Result'],
  [variant(0, 'Ok', [field(null, unit)]), variant(1, 'Err', [field(null, DispatchError)])],
  [
    { name: 'T', type: unit },
    { name: 'E', type: DispatchError },
  ],
);

export const Era = enumType(
  ['sp_runtime', 'generic', 'era', 'Era'],
  [
    variant(0, 'Immortal'),
    ...Array.from({ length: 255 }, (_, i) => variant(i + 1, `Mortal${i + 1}`, [field(null, u8)])),
  ],
);

const options = new WeakMap<TypeDef, TypeDef>();

/** `Option<T>` (memoised per inner type). @example const maybeKey = option(AccountId32); */
export function option(inner: TypeDef): TypeDef {
  let def = options.get(inner);
  if (def === undefined) {
    def = enumType(
      ['Option'],
      [variant(0, 'None'), variant(1, 'Some', [field(null, inner)])],
      [{ name: 'T', type: inner }],
    );
    options.set(inner, def);
  }
  return def;
}

export type { TypeDef };
/** A `Compact<T>` helper re-exported for declarations. */
export { array, compact, enumType, field, sequence, struct, tuple, variant };
