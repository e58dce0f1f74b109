import { cryptoWaitReady } from '@polkadot/util-crypto';
import sodium from 'libsodium-wrappers-sumo';

/**
 * Loads the WebAssembly crypto the SDK uses (schnorrkel sr25519 from `@polkadot/wasm-crypto`, libsodium for `$NACL`
 * keyfiles). Await it once at start-up; key functions work without it but sign and verify about 8× slower.
 *
 * @example
 * await cryptoReady();
 * const keypair = createKeypair({ uri: '//Alice' });
 */
export async function cryptoReady(): Promise<void> {
  await Promise.all([cryptoWaitReady(), sodium.ready]);
}
