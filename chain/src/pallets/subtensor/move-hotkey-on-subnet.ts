/**
 * `perform_hotkey_swap_on_one_subnet` (subtensor `swap/swap_hotkey.rs`): everything a hotkey holds on one subnet,
 * moved to the new hotkey — membership, uid, axon, prometheus, certificate, CR-v2 commits, childkey take, child and
 * parent links (and other parents' pending children naming it), the subnet owner hotkey, and unless `keepStake`
 * its dividends record and every coldkey's stake (root claims: `key-swap-root-claims.ts`).
 *
 * HEAD items the devnet does not store, so nothing moves: `LoadedEmission`, `AutoStakeDestination(Coldkeys)`,
 * `TotalHotkeyAlphaLastEpoch`, `VotingPower`, `AutoParentDelegationEnabled`, `RootClaimable`/`RootClaimed`
 * (until root claims land).
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { deposit } from './events.js';
import { moveRootClaimsToHotkey } from './key-swap-root-claims.js';
import { accountAt, mapKeySuffixes, u16At } from './map-keys.js';
import { decreaseStake, increaseStake, stakeOf } from './pools.js';
import { isZero } from './safe-float.js';
import {
  Alpha,
  AlphaDividendsPerSubnet,
  AlphaV2,
  Axons,
  ChildkeyTake,
  IsNetworkMember,
  Keys,
  NeuronCertificates,
  PendingChildKeys,
  Prometheus,
  StakingHotkeys,
  SubnetOwnerHotkey,
  TotalHotkeyAlphaLastEpoch,
  Uids,
  WeightCommits,
} from './storage.js';
import { swapChildRelations } from './swap-child-relations.js';
import { sameAccount } from './types.js';

/** An item keyed `(netuid, hotkey)` whose entry moves as it is. */
type NetHotkeyItem = typeof Axons | typeof Prometheus | typeof NeuronCertificates | typeof WeightCommits;

function moveEntry(
  state: StateOverlay,
  item: NetHotkeyItem,
  netuid: number,
  from: Uint8Array,
  to: Uint8Array,
) {
  const raw = state.get(item.key(netuid, from));
  if (raw === null) return;
  state.set(item.key(netuid, from), null);
  state.set(item.key(netuid, to), raw);
}

/** Other parents' pending children that name `oldHotkey` now name `newHotkey` (same proportion, moved last). */
function renamePendingChild(
  state: StateOverlay,
  netuid: number,
  oldHotkey: Uint8Array,
  newHotkey: Uint8Array,
) {
  for (const suffix of mapKeySuffixes(state, PendingChildKeys, netuid)) {
    const parent = accountAt(suffix, 16);
    const [children, coolDown] = PendingChildKeys.get(state, netuid, parent);
    const i = children.findIndex(([, c]) => sameAccount(c, oldHotkey));
    const entry = children[i];
    if (entry === undefined) continue;
    const next: [bigint, Uint8Array][] = [
      ...children.slice(0, i),
      ...children.slice(i + 1),
      [entry[0], newHotkey],
    ];
    PendingChildKeys.set(state, netuid, parent, [next, coolDown]);
  }
}

/** One `(coldkey, netuid)` share entry of a hotkey (`alpha_iter_single_prefix`: `AlphaV2` over `Alpha`). */
export interface HotkeyShare {
  readonly coldkey: Uint8Array;
  readonly netuid: number;
  readonly zero: boolean;
}

/**
 * A hotkey's share entries over `Alpha` and `AlphaV2`, deduplicated (the V2 entry wins), in key order.
 *
 * @example
 * hotkeyShares(state, hotkey).filter((s) => s.netuid === 1)
 */
export function hotkeyShares(state: StateReader, hotkey: Uint8Array): HotkeyShare[] {
  const merged = new Map<string, HotkeyShare>();
  for (const item of [Alpha, AlphaV2])
    for (const suffix of mapKeySuffixes(state, item, hotkey)) {
      const coldkey = accountAt(suffix, 16);
      const netuid = u16At(suffix, 48);
      const zero =
        item === Alpha
          ? Alpha.get(state, hotkey, coldkey, netuid).bits === 0n
          : isZero(AlphaV2.get(state, hotkey, coldkey, netuid));
      merged.set(`${Buffer.from(coldkey).toString('hex')}${String(netuid).padStart(5, '0')}`, {
        coldkey,
        netuid,
        zero,
      });
    }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
}

/** Every coldkey's stake on `oldHotkey` in `netuid` re-staked on `newHotkey`, `StakingHotkeys` updated. */
function moveStake(state: StateOverlay, oldHotkey: Uint8Array, newHotkey: Uint8Array, netuid: number) {
  const coldkeys = hotkeyShares(state, oldHotkey).filter((s) => s.netuid === netuid);
  for (const { coldkey } of coldkeys) {
    const alpha = stakeOf(state, oldHotkey, coldkey, netuid);
    decreaseStake(state, oldHotkey, coldkey, netuid, alpha);
    increaseStake(state, newHotkey, coldkey, netuid, alpha);
    const staking = StakingHotkeys.get(state, coldkey);
    if (staking.some((h) => sameAccount(h, oldHotkey)) && !staking.some((h) => sameAccount(h, newHotkey)))
      StakingHotkeys.set(state, coldkey, [...staking, newHotkey]);
  }
}

/**
 * Moves what `oldHotkey` holds on `netuid` to `newHotkey` (stake and dividends stay when `keepStake`).
 *
 * @example
 * moveHotkeyOnSubnet(ctx, oldHotkey, newHotkey, 1, false);
 */
export function moveHotkeyOnSubnet(
  ctx: DispatchContext,
  oldHotkey: Uint8Array,
  newHotkey: Uint8Array,
  netuid: number,
  keepStake: boolean,
): void {
  const { state } = ctx;
  const member = IsNetworkMember.get(state, oldHotkey, netuid);
  IsNetworkMember.set(state, oldHotkey, netuid, undefined);
  IsNetworkMember.set(state, newHotkey, netuid, member);
  if (member) {
    const uid = Uids.get(state, netuid, oldHotkey);
    if (uid !== undefined) {
      Uids.set(state, netuid, oldHotkey, undefined);
      Uids.set(state, netuid, newHotkey, uid);
      Keys.set(state, netuid, uid, newHotkey);
    }
    for (const item of [Prometheus, Axons, WeightCommits, NeuronCertificates])
      moveEntry(state, item, netuid, oldHotkey, newHotkey);
  }
  if (state.get(ChildkeyTake.key(oldHotkey, netuid)) !== null) {
    const take = ChildkeyTake.get(state, oldHotkey, netuid);
    ChildkeyTake.set(state, oldHotkey, netuid, undefined);
    ChildkeyTake.set(state, newHotkey, netuid, take);
  }
  swapChildRelations(state, oldHotkey, newHotkey, netuid);
  renamePendingChild(state, netuid, oldHotkey, newHotkey);
  if (
    state.get(SubnetOwnerHotkey.key(netuid)) !== null &&
    sameAccount(SubnetOwnerHotkey.get(state, netuid), oldHotkey)
  ) {
    SubnetOwnerHotkey.set(state, netuid, newHotkey);
    deposit(ctx, 'SubnetOwnerHotkeySet', [netuid, newHotkey]);
  }
  if (keepStake) return;
  const lastEpochAlpha =
    TotalHotkeyAlphaLastEpoch.get(state, oldHotkey, netuid) +
    TotalHotkeyAlphaLastEpoch.get(state, newHotkey, netuid);
  TotalHotkeyAlphaLastEpoch.set(state, oldHotkey, netuid, undefined);
  TotalHotkeyAlphaLastEpoch.set(state, newHotkey, netuid, lastEpochAlpha);
  const dividends =
    AlphaDividendsPerSubnet.get(state, netuid, oldHotkey) +
    AlphaDividendsPerSubnet.get(state, netuid, newHotkey);
  AlphaDividendsPerSubnet.set(state, netuid, oldHotkey, undefined);
  AlphaDividendsPerSubnet.set(state, netuid, newHotkey, dividends);
  moveStake(state, oldHotkey, newHotkey, netuid);
  if (netuid === 0) moveRootClaimsToHotkey(state, oldHotkey, newHotkey);
}
