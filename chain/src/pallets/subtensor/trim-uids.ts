/**
 * `trim_to_max_allowed_uids` (subtensor `subnets/uids.rs`, AdminUtils `sudo_trim_to_max_allowed_uids`): lowers
 * `MaxAllowedUids` and, when the subnet holds more neurons, removes the lowest emitters that are neither the owner's
 * immune uids nor in their immunity period, then compacts the survivors to uids `0..` in their old order — every
 * per-uid vector, `Keys`/`Uids`, registration blocks, and the weights and bonds with their targets renumbered.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay } from '../../frame/state.js';
import { ensure } from './errors.js';
import { immuneOwnerUids } from './immune-owner-uids.js';
import { accountAt, mapKeySuffixes } from './map-keys.js';
import { isImmune } from './neurons.js';
import * as S from './storage.js';
import { subnetExists } from './subnets.js';

/** `MaxImmuneUidsPercentage`: trimming must leave immune uids under 80 % of the new size. */
const MAX_IMMUNE_PERCENT = 80;

/** `Percent::from_rational(p, q)`: rounded down, 100 % when `p > q` or `q = 0`. */
function percent(p: number, q: number): number {
  return q === 0 || p > q ? 100 : Math.floor((p * 100) / q);
}

/** Removes a pruned uid's neuron: its hotkey's subnet entries and the uid's own. */
function removeUid(state: StateOverlay, netuid: number, uid: number): void {
  if (state.get(S.Keys.key(netuid, uid)) !== null) {
    const hotkey = S.Keys.get(state, netuid, uid);
    S.Uids.set(state, netuid, hotkey, undefined);
    S.IsNetworkMember.set(state, hotkey, netuid, undefined);
    S.AlphaDividendsPerSubnet.set(state, netuid, hotkey, undefined);
    S.Axons.set(state, netuid, hotkey, undefined);
    S.NeuronCertificates.set(state, netuid, hotkey, undefined);
    S.Prometheus.set(state, netuid, hotkey, undefined);
  }
  S.Keys.set(state, netuid, uid, undefined);
  S.BlockAtRegistration.set(state, netuid, uid, undefined);
  S.Weights.set(state, netuid, uid, undefined);
  S.Bonds.set(state, netuid, uid, undefined);
}

/** The per-uid vectors, reduced to the kept uids in order (missing entries as the type's default). */
function trimVectors(state: StateOverlay, netuid: number, kept: number[]): void {
  const pick = <V>(values: V[], fallback: V): V[] => kept.map((uid) => values[uid] ?? fallback);
  S.Active.set(state, netuid, pick(S.Active.get(state, netuid), false));
  S.Consensus.set(state, netuid, pick(S.Consensus.get(state, netuid), 0));
  S.Dividends.set(state, netuid, pick(S.Dividends.get(state, netuid), 0));
  S.ValidatorTrust.set(state, netuid, pick(S.ValidatorTrust.get(state, netuid), 0));
  S.ValidatorPermit.set(state, netuid, pick(S.ValidatorPermit.get(state, netuid), false));
  S.StakeWeight.set(state, netuid, pick(S.StakeWeight.get(state, netuid), 0));
  S.Incentive.set(state, netuid, pick(S.Incentive.get(state, netuid), 0));
  S.LastUpdate.set(state, netuid, pick(S.LastUpdate.get(state, netuid), 0n));
}

/**
 * Moves the kept uids' keys, registration blocks, weights and bonds to their new uids, as subtensor's `swap`s do
 * (the old slots end empty, rows are written even when empty), and rebuilds `Uids` from the new keys.
 */
function compact(state: StateOverlay, netuid: number, kept: number[]): void {
  const renumber = new Map(kept.map((old, i) => [old, i]));
  const remap = (row: [number, number][]) =>
    row.flatMap(([target, v]): [number, number][] => {
      const to = renumber.get(target);
      return to === undefined ? [] : [[to, v]];
    });
  const present = (key: string) => state.get(key) !== null;
  const moved = kept.map((old) => ({
    key: present(S.Keys.key(netuid, old)) ? S.Keys.get(state, netuid, old) : undefined,
    block: present(S.BlockAtRegistration.key(netuid, old))
      ? S.BlockAtRegistration.get(state, netuid, old)
      : undefined,
    weights: remap(S.Weights.get(state, netuid, old)),
    bonds: remap(S.Bonds.get(state, netuid, old)),
  }));
  for (const old of kept) {
    S.Keys.set(state, netuid, old, undefined);
    S.BlockAtRegistration.set(state, netuid, old, undefined);
    S.Weights.set(state, netuid, old, undefined);
    S.Bonds.set(state, netuid, old, undefined);
  }
  moved.forEach((m, uid) => {
    S.Keys.set(state, netuid, uid, m.key);
    S.BlockAtRegistration.set(state, netuid, uid, m.block);
    S.Weights.set(state, netuid, uid, m.weights);
    S.Bonds.set(state, netuid, uid, m.bonds);
  });
  for (const suffix of mapKeySuffixes(state, S.Uids, netuid))
    S.Uids.set(state, netuid, accountAt(suffix, 16), undefined);
  kept.forEach((_, uid) => {
    S.Uids.set(state, netuid, S.Keys.get(state, netuid, uid), uid);
  });
}

/**
 * Trims `netuid` to `maxN` uids; fails with `SubnetNotExists`, `InvalidValue` (outside
 * `[MinAllowedUids, MaxAllowedUids]`) or `TrimmingWouldExceedMaxImmunePercentage`.
 *
 * @example
 * trimToMaxAllowedUids(ctx, 1, 64);
 */
export function trimToMaxAllowedUids(ctx: DispatchContext, netuid: number, maxN: number): void {
  const { state } = ctx;
  const block = BigInt(ctx.blockNumber);
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  ensure(maxN >= S.MinAllowedUids.get(state, netuid), 'InvalidValue');
  ensure(maxN <= S.MaxAllowedUids.get(state, netuid), 'InvalidValue');
  S.MaxAllowedUids.set(state, netuid, maxN);
  const n = S.SubnetworkN.get(state, netuid);
  if (n <= maxN) return;
  const ownerUids = new Set(
    immuneOwnerUids(state, netuid, S.SubnetOwner.get(state, netuid)).map((t) => t.uid),
  );
  const immune = (uid: number) => ownerUids.has(uid) || isImmune(state, netuid, uid, block);
  let immuneCount = 0;
  for (let uid = 0; uid < n; uid++) if (immune(uid)) immuneCount++;
  ensure(percent(immuneCount, maxN) < MAX_IMMUNE_PERCENT, 'TrimmingWouldExceedMaxImmunePercentage');
  // Highest emission first (a stable sort keeps uid order among equals); remove from the lowest end.
  const emissions = S.Emission.get(state, netuid).map((e, uid) => ({ uid, e }));
  emissions.sort((a, b) => (a.e === b.e ? 0 : a.e > b.e ? -1 : 1));
  let left = n;
  for (let i = n - 1; i >= 0 && left !== maxN; i--) {
    const entry = emissions[i];
    if (entry === undefined || immune(entry.uid)) continue;
    removeUid(state, netuid, entry.uid);
    emissions.splice(i, 1);
    left--;
  }
  emissions.sort((a, b) => a.uid - b.uid);
  const kept = emissions.map((x) => x.uid);
  S.Emission.set(
    state,
    netuid,
    emissions.map((x) => x.e),
  );
  trimVectors(state, netuid, kept);
  compact(state, netuid, kept);
  S.SubnetworkN.set(state, netuid, maxN);
}
