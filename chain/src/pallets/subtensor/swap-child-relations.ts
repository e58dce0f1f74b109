/**
 * `parent_child_swap_hotkey` (subtensor `staking/set_children.rs`): a hotkey swap on one subnet re-homes the old
 * hotkey's children, parents and pending children onto the new hotkey, keeping `ChildKeys` and `ParentKeys`
 * consistent both ways, with `PCRelations`' checks (`ProportionOverflow`, `InvalidChild`, `TooManyChildren`,
 * `ChildParentInconsistency`).
 */
import type { StateOverlay } from '../../frame/state.js';
import type { Links } from './children.js';
import { ensure } from './errors.js';
import { ChildKeys, ParentKeys, PendingChildKeys } from './storage.js';
import { sameAccount } from './types.js';

const U64_MAX = (1n << 64n) - 1n;
const hex = (a: Uint8Array) => Buffer.from(a).toString('hex');

/** A `BTreeMap<AccountId, u64>`: account → proportion, iterated in account order. */
type Edges = Map<string, [bigint, Uint8Array]>;

/** Links (without `pivot` when given), deduplicated (last wins), in account order. */
function edges(links: Links, pivot?: Uint8Array): Edges {
  const map: Edges = new Map();
  for (const [p, who] of links)
    if (pivot === undefined || !sameAccount(who, pivot)) map.set(hex(who), [p, who]);
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function ensureNoOverlap(children: Edges, parents: Edges): void {
  for (const key of children.keys()) ensure(!parents.has(key), 'ChildParentInconsistency');
}

function ensureProportions(children: Edges): void {
  let total = 0n;
  for (const [p] of children.values()) total += p;
  ensure(total <= U64_MAX, 'ProportionOverflow');
}

const upsert = (list: Links, p: bigint, who: Uint8Array): Links =>
  list.some(([, w]) => sameAccount(w, who))
    ? list.map(([q, w]) => (sameAccount(w, who) ? [p, w] : [q, w]))
    : [...list, [p, who]];
const without = (list: Links, who: Uint8Array): Links => list.filter(([, w]) => !sameAccount(w, who));

/** `set_childkeys` / `set_parentkeys`: an empty list removes the entry. */
function setLinks(
  item: typeof ChildKeys,
  state: StateOverlay,
  who: Uint8Array,
  netuid: number,
  links: Links,
) {
  item.set(state, who, netuid, links.length === 0 ? undefined : links);
}

/**
 * `persist_child_parent_relations`: writes `pivot`'s children and parents and fixes the other side of every edge
 * that was added, changed or dropped.
 */
function persist(
  state: StateOverlay,
  pivot: Uint8Array,
  netuid: number,
  children: Edges,
  parents: Edges,
): void {
  const sides: [typeof ChildKeys, typeof ChildKeys, Edges][] = [
    [ChildKeys, ParentKeys, children],
    [ParentKeys, ChildKeys, parents],
  ];
  for (const [own, other, next] of sides) {
    const prev = own.get(state, pivot, netuid);
    setLinks(own, state, pivot, netuid, [...next.values()]);
    for (const [p, who] of next.values())
      setLinks(other, state, who, netuid, upsert(other.get(state, who, netuid), p, pivot));
    for (const [, who] of prev)
      if (!next.has(hex(who)))
        setLinks(other, state, who, netuid, without(other.get(state, who, netuid), pivot));
  }
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
  ensure(!children.has(hex(newHotkey)) && !parents.has(hex(newHotkey)), 'InvalidChild');
  if (state.get(PendingChildKeys.key(netuid, oldHotkey)) !== null) {
    const pending = PendingChildKeys.get(state, netuid, oldHotkey);
    const next = edges(pending[0]);
    ensure(!next.has(hex(newHotkey)), 'InvalidChild');
    ensure(next.size <= 5, 'TooManyChildren');
    ensureProportions(next);
    ensureNoOverlap(next, parents);
    PendingChildKeys.set(state, netuid, oldHotkey, undefined);
    PendingChildKeys.set(state, netuid, newHotkey, pending);
  }
  persist(state, newHotkey, netuid, children, parents);
}
