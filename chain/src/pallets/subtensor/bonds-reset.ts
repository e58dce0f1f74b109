/** `do_reset_bonds` (subtensor `epoch/run_epoch.rs`): what a commitment with `ResetBondsFlag` triggers. */
import type { StateOverlay } from '../../frame/state.js';
import { Bonds, BondsResetOn, SubnetworkN, Uids } from './storage.js';

/**
 * `ResetBondsOnCommit` → `do_reset_bonds`: when `BondsResetOn` is set for the subnet, every validator's bond
 * toward the hotkey's uid is removed from `Bonds` (the hotkey keeps its own bonds); nothing happens when it is off
 * or the hotkey has no uid. The devnet runs one mechanism per subnet, so the subnet's bonds are its only ones.
 *
 * @example
 * resetBonds(state, 1, hotkey);
 */
export function resetBonds(state: StateOverlay, netuid: number, hotkey: Uint8Array): void {
  if (!BondsResetOn.get(state, netuid)) return;
  const uid = Uids.get(state, netuid, hotkey);
  if (uid === undefined) return;
  const n = SubnetworkN.get(state, netuid);
  for (let i = 0; i < n; i++) {
    const row = Bonds.get(state, netuid, i);
    if (row.some(([j]) => j === uid))
      Bonds.set(
        state,
        netuid,
        i,
        row.filter(([j]) => j !== uid),
      );
  }
}
