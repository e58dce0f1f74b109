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
