import { defineErrors } from '../../frame/define-errors.js';

/** `frame_system::Error`, in declaration order (index = position). */
export const systemErrors = defineErrors('System', [
  'InvalidSpecName',
  'SpecVersionNeedsToIncrease',
  'FailedToExtractRuntimeVersion',
  'NonDefaultComposite',
  'NonZeroRefCount',
  'CallFiltered',
  'MultiBlockMigrationsOngoing',
  'NothingAuthorized',
  'Unauthorized',
]);
