import { u8aConcat } from '@polkadot/util';
import { bool, bytes, enumType, field, sequence, struct, u8, u32, u64, variant } from './primitives.js';
import { type EnumValue, encode } from './scale/codec.js';
import { scaleType } from './scale-types.js';

/** Why a transaction is not valid, with Substrate's `InvalidTransaction` / `UnknownTransaction` names. */
export type TransactionValidityError =
  | {
      readonly kind: 'Invalid';
      readonly reason:
        | 'Call'
        | 'Payment'
        | 'Future'
        | 'Stale'
        | 'BadProof'
        | 'AncientBirthBlock'
        | 'ExhaustsResources'
        | 'BadMandatory'
        | 'MandatoryValidation'
        | 'BadSigner';
    }
  | { readonly kind: 'Unknown'; readonly reason: 'CannotLookup' | 'NoUnsignedValidator' };

/** The messages sp_runtime's `Display` gives each reason (what Substrate puts in JSON-RPC error data). */
const MESSAGES: Record<TransactionValidityError['reason'], string> = {
  Call: 'Transaction call is not expected',
  Payment: 'Inability to pay some fees (e.g. account balance too low)',
  Future: 'Transaction will be valid in the future',
  Stale: 'Transaction is outdated',
  BadProof: 'Transaction has a bad signature',
  AncientBirthBlock: 'Transaction has an ancient birth block',
  ExhaustsResources: 'Transaction would exhaust the block limits',
  BadMandatory: 'A call was labelled as mandatory, but resulted in an Error.',
  MandatoryValidation: 'Transaction dispatch is mandatory; transactions must not be validated.',
  BadSigner: 'Invalid signing address',
  CannotLookup: 'Could not lookup information required to validate the transaction',
  NoUnsignedValidator: 'Could not find an unsigned validator for the unsigned transaction',
};

/**
 * Substrate's human message for a validity error.
 *
 * @example
 * validityMessage({ kind: 'Invalid', reason: 'BadProof' }) // 'Transaction has a bad signature'
 */
export function validityMessage(error: TransactionValidityError): string {
  return MESSAGES[error.reason];
}

/** A transaction the pool may hold: who sent it, its nonce and its priority. */
export interface ValidTransaction {
  readonly signer: Uint8Array;
  readonly nonce: number;
  /** The sender's nonce in state: `nonce > stateNonce` means it waits for earlier ones. */
  readonly stateNonce: number;
  readonly priority: bigint;
}

const INVALID_INDEX: Record<string, number> = {
  Call: 0,
  Payment: 1,
  Future: 2,
  Stale: 3,
  BadProof: 4,
  AncientBirthBlock: 5,
  ExhaustsResources: 6,
  BadMandatory: 8,
  MandatoryValidation: 9,
  BadSigner: 10,
};
const UNKNOWN_INDEX: Record<string, number> = { CannotLookup: 0, NoUnsignedValidator: 1 };

/**
 * SCALE `ApplyExtrinsicResult` = `Result<Result<(), DispatchError>, TransactionValidityError>` for
 * `system_dryRun`. `dispatchError` is the already encoded `DispatchError`, if the call failed.
 *
 * @example
 * encodeApplyExtrinsicResult({ valid: true }) // Uint8Array [0, 0]
 */
export function encodeApplyExtrinsicResult(
  result: { valid: true; dispatchError?: Uint8Array } | { valid: false; error: TransactionValidityError },
): Uint8Array {
  if (!result.valid) {
    const e = result.error;
    return e.kind === 'Invalid'
      ? new Uint8Array([1, 0, INVALID_INDEX[e.reason]!])
      : new Uint8Array([1, 1, UNKNOWN_INDEX[e.reason]!]);
  }
  if (result.dispatchError === undefined) return new Uint8Array([0, 0]);
  return new Uint8Array([0, 1, ...result.dispatchError]);
}

const InvalidTransaction = enumType(
  ['sp_runtime', 'transaction_validity', 'InvalidTransaction'],
  [
    ...Object.entries(INVALID_INDEX).map(([name, index]) => variant(index, name)),
    variant(7, 'Custom', [field(null, u8, 'u8')]),
    variant(11, 'IndeterminateImplicit'),
    variant(12, 'UnknownOrigin'),
  ].sort((a, b) => a.index - b.index),
);
const UnknownTransaction = enumType(
  ['sp_runtime', 'transaction_validity', 'UnknownTransaction'],
  [
    ...Object.entries(UNKNOWN_INDEX).map(([name, index]) => variant(index, name)),
    variant(2, 'Custom', [field(null, u8, 'u8')]),
  ],
);
const ValidityError = enumType(
  ['sp_runtime', 'transaction_validity', 'TransactionValidityError'],
  [
    variant(0, 'Invalid', [field(null, InvalidTransaction, 'InvalidTransaction')]),
    variant(1, 'Unknown', [field(null, UnknownTransaction, 'UnknownTransaction')]),
  ],
);
const ValidTransactionType = struct(
  ['sp_runtime', 'transaction_validity', 'ValidTransaction'],
  [
    field('priority', u64, 'TransactionPriority'),
    field('requires', sequence(bytes), 'Vec<TransactionTag>'),
    field('provides', sequence(bytes), 'Vec<TransactionTag>'),
    field('longevity', u64, 'TransactionLongevity'),
    field('propagate', bool, 'bool'),
  ],
);

/** `sp_runtime::transaction_validity::TransactionSource`. */
export const TransactionSource = scaleType<EnumValue>(
  enumType(
    ['sp_runtime', 'transaction_validity', 'TransactionSource'],
    [variant(0, 'InBlock'), variant(1, 'Local'), variant(2, 'External')],
  ),
  'TransactionSource',
);

/** `sp_runtime::transaction_validity::ValidTransaction` as a SCALE value. */
export interface ValidTransactionScale {
  priority: bigint;
  requires: Uint8Array[];
  provides: Uint8Array[];
  longevity: bigint;
  propagate: boolean;
}

/** `TransactionValidity = Result<ValidTransaction, TransactionValidityError>`. */
export const TransactionValidity = scaleType<EnumValue>(
  enumType(
    ['Result'],
    [variant(0, 'Ok', [field(null, ValidTransactionType)]), variant(1, 'Err', [field(null, ValidityError)])],
    [
      { name: 'T', type: ValidTransactionType },
      { name: 'E', type: ValidityError },
    ],
  ),
  'TransactionValidity',
);

/** `TransactionLongevity::MAX`: valid for ever (immortal transactions). */
const LONGEVITY_MAX = (1n << 64n) - 1n;

/**
 * The `TransactionValidity` value of a pool check, with the tags `CheckNonce` gives (provides
 * `(who, nonce)`, requires `(who, nonce - 1)` when earlier nonces are still missing) and the longevity
 * `CheckMortality` gives (blocks left until a mortal era's death; `u64::MAX` when immortal).
 *
 * @example
 * encode(TransactionValidity.def, transactionValidity(chain.validate(xt), deathBlock, current))
 */
export function transactionValidity(
  result: ValidTransaction | TransactionValidityError,
  death: number | undefined,
  current: number,
): EnumValue {
  if ('kind' in result) {
    return { type: 'Err', value: { type: result.kind, value: { type: result.reason } } };
  }
  const tag = (nonce: number) => u8aConcat(result.signer, encode(u32, nonce));
  const valid: ValidTransactionScale = {
    priority: result.priority,
    requires: result.nonce > result.stateNonce ? [tag(result.nonce - 1)] : [],
    provides: [tag(result.nonce)],
    longevity: death === undefined ? LONGEVITY_MAX : BigInt(Math.max(death - current, 0)),
    propagate: true,
  };
  return { type: 'Ok', value: valid };
}
