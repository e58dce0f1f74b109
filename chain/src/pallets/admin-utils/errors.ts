import { DispatchFailure } from '../../frame/define-pallet.js';

/** `pallet_admin_utils::Error`, in declaration order (index = position). */
export const adminUtilsErrors = [
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
] as const;

/** An `AdminUtils` error name. */
export type AdminUtilsError = (typeof adminUtilsErrors)[number];

/** Fails with an `AdminUtils` error. @example adminFail('SubnetDoesNotExist'); */
export function adminFail(error: AdminUtilsError): never {
  throw new DispatchFailure({ module: 'AdminUtils', error });
}

/** `ensure!` for `AdminUtils` errors. @example adminEnsure(ok, 'ValueNotInBounds'); */
export function adminEnsure(condition: boolean, error: AdminUtilsError): asserts condition {
  if (!condition) adminFail(error);
}
