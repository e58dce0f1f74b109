// biome-ignore-all lint/performance/noBarrelFile: entrypoint module
// `@subnetkit/sdk/wallet-files`: where a wallet's files are and the addresses they hold, without loading any crypto.
// The root entry loads sr25519, libsodium and zod (some 500 modules); tools that must start fast, such as the CLI's
// `wallet list`, import this one. Every export is also in the root entry.

export { type ReadKeyfileAddressParameters, readKeyfileAddress } from './wallet/read-keyfile-address.js';
export { type WalletPaths, type WalletPathsParameters, walletPaths } from './wallet/wallet-paths.js';
