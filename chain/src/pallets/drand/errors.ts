import { defineErrors } from '../../frame/define-errors.js';

/** `pallet_drand::Error`, in declaration order (index = position). */
export const drandErrors = defineErrors('Drand', [
  'NoneValue',
  'StorageOverflow',
  'DrandConnectionFailure',
  'UnverifiedPulse',
  'InvalidRoundNumber',
  'PulseVerificationError',
]);
