/** `frame_system::Error`, in declaration order (index = position). */
export const systemErrors = [
  'InvalidSpecName',
  'SpecVersionNeedsToIncrease',
  'FailedToExtractRuntimeVersion',
  'NonDefaultComposite',
  'NonZeroRefCount',
  'CallFiltered',
  'MultiBlockMigrationsOngoing',
  'NothingAuthorized',
  'Unauthorized',
] as const;
