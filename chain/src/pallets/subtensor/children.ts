/**
 * Child hotkeys (subtensor `staking/set_children.rs`): `set_children` schedules a parent's children
 * (`PendingChildKeys`, applied after `PendingChildKeyCooldown` blocks at the subnet's next epoch, or at
 * once before `start_call`), `ChildKeys` / `ParentKeys` kept consistent both ways; `set_childkey_take`
 * with its rate limit on increases.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateReader } from '../../frame/state.js';
import { coldkeyOwnsHotkey } from './accounts.js';
import { accountHex, edges, type Links, persistSide, U64_MAX } from './child-parent-links.js';
import { ensure, type SubtensorError } from './errors.js';
import { deposit } from './events.js';
import { mapKeySuffixes } from './map-keys.js';
import { check } from './staking.js';
import {
  ChildKeys,
  ChildkeyTake,
  MaxChildkeyTake,
  MinChildkeyTake,
  MinChildkeyTakePerSubnet,
  ParentKeys,
  PendingChildKeyCooldown,
  PendingChildKeys,
  StakeThreshold,
  SubnetOwnerHotkey,
  SubtokenEnabled,
  TotalHotkeyAlpha,
  TransactionKeyLastBlock,
  TxChildkeyTakeRateLimit,
} from './storage.js';
import { allNetuids, subnetExists } from './subnets.js';
import { sameAccount } from './types.js';

export type { Links } from './child-parent-links.js';

const SET_CHILDREN = 0;
const SET_CHILDKEY_TAKE = 1;
/** `TransactionType::SetChildren.rate_limit()`: 150 blocks. */
const SET_CHILDREN_RATE_LIMIT = 150n;

function passesRateLimit(limit: bigint, block: bigint, last: bigint): boolean {
  return last === 0n || block - last >= limit;
}

/** `ensure_pending_consistency`: the first failing rule of a children list, or undefined. */
function consistencyRefusal(
  state: StateReader,
  pivot: Uint8Array,
  netuid: number,
  links: Links,
): SubtensorError | undefined {
  if (links.some(([, c]) => sameAccount(c, pivot))) return 'InvalidChild';
  const children = edges(links, pivot);
  if (children.size > 5) return 'TooManyChildren';
  let total = 0n;
  for (const [p] of children.values()) total += p;
  if (total > U64_MAX) return 'ProportionOverflow';
  const parents = new Set(ParentKeys.get(state, pivot, netuid).map(([, p]) => accountHex(p)));
  for (const key of children.keys()) if (parents.has(key)) return 'ChildParentInconsistency';
  return undefined;
}

/** `persist_pending_chidren_ok`: applies a children list unless it became inconsistent; emits `SetChildren`. */
function applyChildren(ctx: DispatchContext, hotkey: Uint8Array, netuid: number, links: Links): void {
  const parents = ParentKeys.get(ctx.state, hotkey, netuid);
  const children = edges(links, hotkey);
  let total = 0n;
  for (const [p] of children.values()) total += p;
  if (total > U64_MAX || parents.some(([, p]) => children.has(accountHex(p)))) return;
  persistSide(ctx.state, ChildKeys, ParentKeys, hotkey, netuid, children);
  deposit(ctx, 'SetChildren', [hotkey, netuid, links]);
}

/** A hotkey's own stake over all subnets (`get_total_stake_for_hotkey`, alpha summed as the devnet keeps it). */
function totalStake(state: StateReader, hotkey: Uint8Array): bigint {
  return allNetuids(state).reduce((sum, n) => sum + TotalHotkeyAlpha.get(state, hotkey, n), 0n);
}

/**
 * `do_schedule_children(hotkey, netuid, children)` signed by the hotkey's coldkey: checks in subtensor's
 * order, then `PendingChildKeys` with the cooldown (`SetChildrenScheduled`), or at once before `start_call`.
 *
 * @example
 * scheduleChildren(ctx, coldkey, parent, 1, [[2n ** 63n, child]]);
 */
export function scheduleChildren(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  children: Links,
): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(
    passesRateLimit(
      SET_CHILDREN_RATE_LIMIT,
      block,
      TransactionKeyLastBlock.get(state, hotkey, netuid, SET_CHILDREN),
    ),
    'TxRateLimitExceeded',
  );
  ensure(netuid !== 0, 'RegistrationNotPermittedOnRootSubnet');
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  ensure(coldkeyOwnsHotkey(ctx, coldkey, hotkey), 'NonAssociatedColdKey');
  const seen = new Set<string>();
  for (const [, child] of children) {
    ensure(!seen.has(accountHex(child)), 'DuplicateChild');
    seen.add(accountHex(child));
  }
  check(consistencyRefusal(state, hotkey, netuid, children));
  ensure(
    children.length === 0 ||
      totalStake(state, hotkey) >= StakeThreshold.get(state) ||
      sameAccount(SubnetOwnerHotkey.get(state, netuid), hotkey),
    'NotEnoughStakeToSetChildkeys',
  );
  TransactionKeyLastBlock.set(state, hotkey, netuid, SET_CHILDREN, block);
  if (!SubtokenEnabled.get(state, netuid)) {
    applyChildren(ctx, hotkey, netuid, children);
    return;
  }
  const cooldown = block + PendingChildKeyCooldown.get(state);
  PendingChildKeys.set(state, netuid, hotkey, [children, cooldown]);
  deposit(ctx, 'SetChildrenScheduled', [hotkey, netuid, cooldown, children]);
}

/**
 * `do_set_pending_children(netuid)`: applies every pending children list whose cooldown has passed (all of
 * them before `start_call`). Runs after the subnet's epoch.
 *
 * @example
 * setPendingChildren(ctx, 1);
 */
export function setPendingChildren(ctx: DispatchContext, netuid: number): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  const started = SubtokenEnabled.get(state, netuid);
  for (const suffix of mapKeySuffixes(state, PendingChildKeys, netuid)) {
    const hotkey = suffix.slice(16, 48);
    const [children, coolDown] = PendingChildKeys.get(state, netuid, hotkey);
    if (coolDown < block || !started) {
      applyChildren(ctx, hotkey, netuid, children);
      PendingChildKeys.set(state, netuid, hotkey, undefined);
    }
  }
}

/** `get_effective_min_childkey_take`. */
function minChildkeyTake(state: StateReader, netuid: number): number {
  return Math.max(MinChildkeyTake.get(state), MinChildkeyTakePerSubnet.get(state, netuid));
}

/** `get_childkey_take`: the stored take, at least the effective minimum. @example childkeyTake(state, hotkey, 1) */
export function childkeyTake(state: StateReader, hotkey: Uint8Array, netuid: number): number {
  return Math.max(ChildkeyTake.get(state, hotkey, netuid), minChildkeyTake(state, netuid));
}

/**
 * `do_set_childkey_take(coldkey, hotkey, netuid, take)`: owner only, within `[min, MaxChildkeyTake]`, an
 * increase at most once per `TxChildkeyTakeRateLimit`; emits `ChildKeyTakeSet`.
 *
 * @example
 * setChildkeyTake(ctx, coldkey, hotkey, 1, 1000);
 */
export function setChildkeyTake(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  take: number,
): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(coldkeyOwnsHotkey(ctx, coldkey, hotkey), 'NonAssociatedColdKey');
  ensure(take >= minChildkeyTake(state, netuid) && take <= MaxChildkeyTake.get(state), 'InvalidChildkeyTake');
  if (take > childkeyTake(state, hotkey, netuid))
    ensure(
      passesRateLimit(
        TxChildkeyTakeRateLimit.get(state),
        block,
        TransactionKeyLastBlock.get(state, hotkey, netuid, SET_CHILDKEY_TAKE),
      ),
      'TxChildkeyTakeRateLimitExceeded',
    );
  TransactionKeyLastBlock.set(state, hotkey, netuid, SET_CHILDKEY_TAKE, block);
  ChildkeyTake.set(state, hotkey, netuid, take);
  deposit(ctx, 'ChildKeyTakeSet', [hotkey, take]);
}
