/**
 * The auto-claim index of root stakers (subtensor `claim_root.rs`): `StakingColdkeysByIndex` is dense in
 * `[0, NumStakingColdkeys)` and `StakingColdkeys` maps each coldkey back to its slot. A coldkey joins when it stakes
 * on root, claims or sets its claim type, and leaves when its last root stake goes; the last entry fills the gap.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { stakeOf } from './pools.js';
import { NumStakingColdkeys, StakingColdkeys, StakingColdkeysByIndex } from './root-claim-storage.js';
import { StakingHotkeys } from './storage.js';

/**
 * `maybe_add_coldkey_index`: gives `coldkey` the next slot unless it has one.
 *
 * @example
 * maybeAddColdkeyIndex(state, coldkey);
 */
export function maybeAddColdkeyIndex(state: StateOverlay, coldkey: Uint8Array): void {
  if (StakingColdkeys.get(state, coldkey) !== undefined) return;
  const n = NumStakingColdkeys.get(state);
  StakingColdkeysByIndex.set(state, n, coldkey);
  StakingColdkeys.set(state, coldkey, n);
  NumStakingColdkeys.set(state, n + 1n);
}

/**
 * `coldkey_has_root_stake`: whether any of the coldkey's staking hotkeys holds root stake for it.
 *
 * @example
 * coldkeyHasRootStake(state, coldkey) // true
 */
export function coldkeyHasRootStake(state: StateReader, coldkey: Uint8Array): boolean {
  return StakingHotkeys.get(state, coldkey).some((hotkey) => stakeOf(state, hotkey, coldkey, 0) !== 0n);
}

/**
 * `maybe_remove_coldkey_index`: frees the coldkey's slot and moves the last entry into it.
 *
 * @example
 * maybeRemoveColdkeyIndex(state, coldkey);
 */
export function maybeRemoveColdkeyIndex(state: StateOverlay, coldkey: Uint8Array): void {
  const idx = StakingColdkeys.get(state, coldkey);
  if (idx === undefined) return;
  StakingColdkeys.set(state, coldkey, undefined);
  const n = NumStakingColdkeys.get(state);
  const last = n > 0n ? n - 1n : 0n;
  const moved = idx === last ? undefined : StakingColdkeysByIndex.get(state, last);
  if (moved === undefined) {
    StakingColdkeysByIndex.set(state, idx, undefined);
  } else {
    StakingColdkeysByIndex.set(state, last, undefined);
    StakingColdkeysByIndex.set(state, idx, moved);
    StakingColdkeys.set(state, moved, idx);
  }
  NumStakingColdkeys.set(state, last);
}
