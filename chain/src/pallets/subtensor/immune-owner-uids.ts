/**
 * The subnet owner's immune neurons (subtensor `subnets/registration.rs` `get_immune_owner_tuples`): up to
 * `ImmuneOwnerUidsLimit` of the owner coldkey's hotkeys registered on the subnet, earliest registration first, with
 * the subnet owner hotkey always first when registered. Pruning never picks them; the limit is set by
 * `sudo_set_owner_immune_neuron_limit` within `[MinImmuneOwnerUidsLimit, MaxImmuneOwnerUidsLimit]` = `[1, 10]`.
 */
import type { StateReader } from '../../frame/state.js';
import {
  BlockAtRegistration,
  ImmuneOwnerUidsLimit,
  OwnedHotkeys,
  SubnetOwnerHotkey,
  Uids,
} from './storage.js';
import { sameAccount } from './types.js';

/** One immune neuron: its uid and hotkey. */
export interface ImmuneOwnerUid {
  readonly uid: number;
  readonly hotkey: Uint8Array;
}

/**
 * The owner coldkey's immune `(uid, hotkey)` pairs on `netuid`, in subtensor's order.
 *
 * @example
 * immuneOwnerUids(state, 1, SubnetOwner.get(state, 1)) // [{ uid: 0, hotkey }]
 */
export function immuneOwnerUids(state: StateReader, netuid: number, coldkey: Uint8Array): ImmuneOwnerUid[] {
  const registered = OwnedHotkeys.get(state, coldkey).flatMap((hotkey) => {
    const uid = Uids.get(state, netuid, hotkey);
    return uid === undefined ? [] : [{ block: BlockAtRegistration.get(state, netuid, uid), uid, hotkey }];
  });
  registered.sort((a, b) => (a.block !== b.block ? (a.block < b.block ? -1 : 1) : a.uid - b.uid));
  const limit = ImmuneOwnerUidsLimit.get(state, netuid);
  const immune: ImmuneOwnerUid[] = registered.slice(0, limit).map(({ uid, hotkey }) => ({ uid, hotkey }));
  const ownerHotkey = SubnetOwnerHotkey.get(state, netuid);
  const ownerUid = Uids.get(state, netuid, ownerHotkey);
  if (
    ownerUid !== undefined &&
    !immune.some((t) => t.uid === ownerUid && sameAccount(t.hotkey, ownerHotkey))
  ) {
    immune.unshift({ uid: ownerUid, hotkey: ownerHotkey });
    immune.length = Math.min(immune.length, limit);
  }
  return immune;
}
