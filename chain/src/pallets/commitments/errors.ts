import { defineErrors, type Ensure, type ErrorName } from '../../frame/define-errors.js';

/** `pallet_commitments::Error`, in declaration order (index = position). */
export const commitmentsErrors = defineErrors('Commitments', [
  'TooManyFieldsInCommitmentInfo',
  'AccountNotAllowedCommit',
  'SpaceLimitExceeded',
  'UnexpectedUnreserveLeftover',
]);

/** A `Commitments` error name. */
export type CommitmentsError = ErrorName<typeof commitmentsErrors>;

/** `ensure!` for `Commitments` errors. @example commitmentsEnsure(fields <= 3, 'TooManyFieldsInCommitmentInfo'); */
export const commitmentsEnsure: Ensure<CommitmentsError> = commitmentsErrors.ensure;
