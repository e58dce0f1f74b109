/** Substrate's well-known storage keys (`sp_storage::well_known_keys`), as hex. */

/** `:code`: the runtime's code. The devnet stores an identifier of its runtime there (see `Runtime.code`). */
export const CODE_KEY = '0x3a636f6465';
