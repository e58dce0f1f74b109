import { hexToU8a } from '@polkadot/util';
import { encode } from '../../frame/scale/codec.js';
import type { StateReader } from '../../frame/state.js';
import { CommitmentOf } from './storage.js';
import { Registration } from './types.js';

/**
 * `get_commitments(netuid)`: every `(hotkey, SCALE-encoded Registration)` of the subnet in storage-key order, what
 * subtensor's `SelectiveMetagraph.commitments` carries.
 *
 * @example
 * for (const [hotkey, registration] of getCommitments(state, 1)) console.log(hotkey, registration.length);
 */
export function getCommitments(state: StateReader, netuid: number): [Uint8Array, Uint8Array][] {
  // prefix ‖ netuid (Identity, u16 LE) ‖ twox64(account) ‖ account
  const prefix = CommitmentOf.key(netuid, new Uint8Array(32)).slice(0, 66 + 4);
  const entries: [Uint8Array, Uint8Array][] = [];
  for (const key of state.getKeysPaged(prefix, 100_000)) {
    const who = hexToU8a(`0x${key.slice(-64)}`);
    const registration = CommitmentOf.get(state, netuid, who);
    if (registration !== undefined) entries.push([who, encode(Registration, registration)]);
  }
  return entries;
}
