import { u8aToHex } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { SS58_FORMAT } from '../wallet/keypair.js';

/** Entries kept before the cache starts over (about 16 MiB at most). */
const MAX_ENTRIES = 65_536;
const addresses = new Map<string, string>();

/**
 * The SS58 address (prefix 42) of a 32-byte public key, remembered: `encodeAddress`'s base58 step costs ~25–50 µs,
 * which for the 8,192 hotkeys and coldkeys of a 4,096-uid metagraph would be most of a sync. Keys of a subnet
 * rarely change between syncs, so later syncs pay a hex conversion and a map lookup per key.
 *
 * @example
 * ss58Of(publicKey); // '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' for //Alice
 */
export function ss58Of(publicKey: Uint8Array): string {
  const hex = u8aToHex(publicKey);
  let address = addresses.get(hex);
  if (address === undefined) {
    address = encodeAddress(publicKey, SS58_FORMAT);
    if (addresses.size >= MAX_ENTRIES) addresses.clear();
    addresses.set(hex, address);
  }
  return address;
}
