/**
 * `parent_child_swap_hotkey` (subtensor `staking/set_children.rs`): a hotkey swap on one subnet re-homes the old
 * hotkey's children, parents and pending children onto the new hotkey, keeping `ChildKeys` and `ParentKeys`
 * consistent both ways, with `PCRelations`' checks (`ProportionOverflow`, `InvalidChild`, `TooManyChildren`,
 * `ChildParentInconsistency`).
 */
import type { StateOverlay } from '../../frame/state.js';
import {
  accountHex,
  type Edges,
  edges,
  persistSide,
  setLinks,
  U64_MAX,
  without,
} from './child-parent-links.js';
import { ensure } from './errors.js';
import { ChildKeys, ParentKeys, PendingChildKeys } from './storage.js';

function ensureNoOverlap(children: Edges, parents: Edges): void {
  for (const key of children.keys()) ensure(!parents.has(key), 'ChildParentInconsistency');
}

function ensureProportions(children: Edges): void {
  let total = 0n;
  for (const [p] of children.values()) total += p;
  ensure(total <= U64_MAX, 'ProportionOverflow');
}

/**
 * Moves `oldHotkey`'s parent/child relations and pending children on `netuid` to `newHotkey`.
 *
 * @example
 * swapChildRelations(state, oldHotkey, newHotkey, 1);
 */
export function swapChildRelations(
  state: StateOverlay,
  oldHotkey: Uint8Array,
  newHotkey: Uint8Array,
  netuid: number,
): void {
  const children = edges(ChildKeys.get(state, oldHotkey, netuid), oldHotkey);
  ensureProportions(children);
  const parents = edges(ParentKeys.get(state, oldHotkey, netuid), oldHotkey);
  ensureNoOverlap(children, parents);
  for (const [, child] of children.values())
    setLinks(ParentKeys, state, child, netuid, without(ParentKeys.get(state, child, netuid), oldHotkey));
  for (const [, parent] of parents.values())
    ChildKeys.set(state, parent, netuid, without(ChildKeys.get(state, parent, netuid), oldHotkey));
  ChildKeys.set(state, oldHotkey, netuid, []);
  ParentKeys.set(state, oldHotkey, netuid, undefined);
  ensure(!children.has(accountHex(newHotkey)) && !parents.has(accountHex(newHotkey)), 'InvalidChild');
  if (state.get(PendingChildKeys.key(netuid, oldHotkey)) !== null) {
    const pending = PendingChildKeys.get(state, netuid, oldHotkey);
    const next = edges(pending[0]);
    ensure(!next.has(accountHex(newHotkey)), 'InvalidChild');
    ensure(next.size <= 5, 'TooManyChildren');
    ensureProportions(next);
    ensureNoOverlap(next, parents);
    PendingChildKeys.set(state, netuid, oldHotkey, undefined);
    PendingChildKeys.set(state, netuid, newHotkey, pending);
  }
  // `persist_child_parent_relations`: both sides of the new hotkey's edges, with their mirror entries.
  persistSide(state, ChildKeys, ParentKeys, newHotkey, netuid, children);
  persistSide(state, ParentKeys, ChildKeys, newHotkey, netuid, parents);
}
