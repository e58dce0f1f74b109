/**
 * Stake through child hotkeys (subtensor `stake_utils.rs` `get_inherited_for_hotkey_on_subnet`,
 * `get_tao_inherited_for_hotkey_on_subnet`): a hotkey's own stake minus what it hands its children plus
 * what its parents hand it, each share `stake · proportion / u64::MAX` in U96F32 (32 fractional bits),
 * floored to an integer at the end. This is the stake Yuma's stake vector sees.
 */
import type { StateReader } from '../../frame/state.js';
import { ChildKeys, ParentKeys, TotalHotkeyAlpha } from './storage.js';

/** 1.0 in U96F32 bits. */
export const FIX32 = 1n << 32n;
const U64_MAX = (1n << 64n) - 1n;

/** `U96F32(proportion) / U96F32(u64::MAX)` as bits. @example proportionBits(2n ** 63n) */
export function proportionBits(proportion: bigint): bigint {
  return (proportion * FIX32) / U64_MAX;
}

function inherited(state: StateReader, hotkey: Uint8Array, netuid: number, stakeNet: number): bigint {
  const own = TotalHotkeyAlpha.get(state, hotkey, stakeNet);
  let toChildren = 0n;
  for (const [p] of ChildKeys.get(state, hotkey, netuid)) toChildren += own * proportionBits(p);
  let fromParents = 0n;
  for (const [p, parent] of ParentKeys.get(state, hotkey, netuid))
    fromParents += TotalHotkeyAlpha.get(state, parent, stakeNet) * proportionBits(p);
  const kept = own * FIX32 > toChildren ? own * FIX32 - toChildren : 0n;
  return (kept + fromParents) / FIX32;
}

/**
 * The alpha stake a hotkey counts with on a subnet (its own on root).
 *
 * @example
 * inheritedAlpha(state, hotkey, 1)
 */
export function inheritedAlpha(state: StateReader, hotkey: Uint8Array, netuid: number): bigint {
  return netuid === 0 ? TotalHotkeyAlpha.get(state, hotkey, 0) : inherited(state, hotkey, netuid, netuid);
}

/**
 * The root (TAO) stake a hotkey counts with on a subnet, through the subnet's parent/child links.
 *
 * @example
 * inheritedTao(state, hotkey, 1)
 */
export function inheritedTao(state: StateReader, hotkey: Uint8Array, netuid: number): bigint {
  return inherited(state, hotkey, netuid, 0);
}
