import { defineErrors, type Ensure, type ErrorName, type Fail } from '../../frame/define-errors.js';

/** `pallet_admin_utils::Error`, in declaration order (index = position). */
export const adminUtilsErrors = defineErrors('AdminUtils', [
  'SubnetDoesNotExist',
  'MaxValidatorsLargerThanMaxUIds',
  'MaxAllowedUIdsLessThanCurrentUIds',
  'BondsMovingAverageMaxReached',
  'NegativeSigmoidSteepness',
  'ValueNotInBounds',
  'MinAllowedUidsGreaterThanCurrentUids',
  'MinAllowedUidsGreaterThanMaxAllowedUids',
  'MaxAllowedUidsLessThanMinAllowedUids',
  'MaxAllowedUidsGreaterThanDefaultMaxAllowedUids',
  'InvalidValue',
  'NotPermittedOnRootSubnet',
  'POWRegistrationDisabled',
  'Deprecated',
]);

/** An `AdminUtils` error name. */
export type AdminUtilsError = ErrorName<typeof adminUtilsErrors>;

/** Fails with an `AdminUtils` error. @example adminFail('SubnetDoesNotExist'); */
export const adminFail: Fail<AdminUtilsError> = adminUtilsErrors.fail;

/** `ensure!` for `AdminUtils` errors. @example adminEnsure(ok, 'ValueNotInBounds'); */
export const adminEnsure: Ensure<AdminUtilsError> = adminUtilsErrors.ensure;
