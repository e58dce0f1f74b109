/**
 * The `ChildKeys` / `ParentKeys` edge lists (subtensor `staking/set_children.rs`): the map form subtensor's
 * `PCRelations` keeps, and `persist_child_parent_relations`' write of one side of a pivot's edges with the mirror
 * entries on the other accounts. Used by scheduling children (`children.ts`) and by hotkey swaps
 * (`swap-child-relations.ts`).
 */
import type { StateOverlay } from '../../frame/state.js';
import type { ChildKeys } from './storage.js';
import { sameAccount } from './types.js';

/** `(proportion, account)` pairs as `ChildKeys` / `ParentKeys` store them. */
export type Links = [bigint, Uint8Array][];

/** A `BTreeMap<AccountId, u64>`: account (hex) → proportion and account, iterated in account order. */
export type Edges = Map<string, [bigint, Uint8Array]>;

/** `u64::MAX`, the most a children list's proportions may add up to. */
export const U64_MAX = 18_446_744_073_709_551_615n;

/** An account as the key of {@link Edges}. @example accountHex(hotkey) // 'd43593c7…' */
export const accountHex = (a: Uint8Array): string => Buffer.from(a).toString('hex');

/**
 * Links (without `pivot` when given), deduplicated (the last proportion wins), in account order.
 *
 * @example
 * edges(ChildKeys.get(state, hotkey, 1), hotkey)
 */
export function edges(links: Links, pivot?: Uint8Array): Edges {
  const map: Edges = new Map();
  for (const [p, who] of links)
    if (pivot === undefined || !sameAccount(who, pivot)) map.set(accountHex(who), [p, who]);
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The list with `who` at proportion `p`: replaced in place, or appended. @example upsert(parents, p, hotkey) */
export const upsert = (list: Links, p: bigint, who: Uint8Array): Links =>
  list.some(([, w]) => sameAccount(w, who))
    ? list.map(([q, w]) => (sameAccount(w, who) ? [p, w] : [q, w]))
    : [...list, [p, who]];

/** The list without `who`. @example without(parents, oldHotkey) */
export const without = (list: Links, who: Uint8Array): Links => list.filter(([, w]) => !sameAccount(w, who));

/**
 * `set_childkeys` / `set_parentkeys`: an empty list removes the entry.
 *
 * @example
 * setLinks(ParentKeys, state, child, 1, without(ParentKeys.get(state, child, 1), hotkey));
 */
export function setLinks(
  item: typeof ChildKeys,
  state: StateOverlay,
  who: Uint8Array,
  netuid: number,
  links: Links,
): void {
  item.set(state, who, netuid, links.length === 0 ? undefined : links);
}

/**
 * One side of `persist_child_parent_relations`: `pivot`'s `own` list becomes `next`; each account in `next` gets
 * `pivot` at its proportion in its `other` list, and each account dropped from `own` loses `pivot` there.
 *
 * @example
 * persistSide(state, ChildKeys, ParentKeys, hotkey, 1, edges(links, hotkey));
 */
export function persistSide(
  state: StateOverlay,
  own: typeof ChildKeys,
  other: typeof ChildKeys,
  pivot: Uint8Array,
  netuid: number,
  next: Edges,
): void {
  const prev = own.get(state, pivot, netuid);
  setLinks(own, state, pivot, netuid, [...next.values()]);
  for (const [p, who] of next.values())
    setLinks(other, state, who, netuid, upsert(other.get(state, who, netuid), p, pivot));
  for (const [, who] of prev)
    if (!next.has(accountHex(who)))
      setLinks(other, state, who, netuid, without(other.get(state, who, netuid), pivot));
}
