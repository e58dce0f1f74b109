/** Uid bookkeeping: `append_neuron`, `replace_neuron`, `clear_neuron`, `get_neuron_to_prune` (subtensor `uids.rs`). */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { immuneOwnerUids } from './immune-owner-uids.js';
import {
  Active,
  Axons,
  BlockAtRegistration,
  Bonds,
  Consensus,
  Dividends,
  Emission,
  ImmunityPeriod,
  Incentive,
  IsNetworkMember,
  Keys,
  LastUpdate,
  MinNonImmuneUids,
  NeuronCertificates,
  Prometheus,
  StakeWeight,
  SubnetOwner,
  SubnetOwnerHotkey,
  SubnetworkN,
  Uids,
  ValidatorPermit,
  ValidatorTrust,
  Weights,
} from './storage.js';
import { sameAccount } from './types.js';

function setAt<T>(values: T[], i: number, v: T): T[] {
  if (i < values.length) values[i] = v;
  return values;
}

/**
 * Adds a hotkey as uid `n` (vectors grow by one; `LastUpdate` and `BlockAtRegistration` = `block`).
 *
 * @example
 * appendNeuron(state, 1, hotkey, 10n); // uid SubnetworkN
 */
export function appendNeuron(state: StateOverlay, netuid: number, hotkey: Uint8Array, block: bigint): number {
  const uid = SubnetworkN.get(state, netuid);
  SubnetworkN.set(state, netuid, uid + 1);
  Active.set(state, netuid, [...Active.get(state, netuid), true]);
  Emission.set(state, netuid, [...Emission.get(state, netuid), 0n]);
  Consensus.set(state, netuid, [...Consensus.get(state, netuid), 0]);
  Incentive.set(state, netuid, [...Incentive.get(state, netuid), 0]);
  setLastUpdate(state, netuid, uid, block);
  Dividends.set(state, netuid, [...Dividends.get(state, netuid), 0]);
  ValidatorTrust.set(state, netuid, [...ValidatorTrust.get(state, netuid), 0]);
  ValidatorPermit.set(state, netuid, [...ValidatorPermit.get(state, netuid), false]);
  Keys.set(state, netuid, uid, hotkey);
  Uids.set(state, netuid, hotkey, uid);
  BlockAtRegistration.set(state, netuid, uid, block);
  IsNetworkMember.set(state, hotkey, netuid, true);
  return uid;
}

/** Sets `LastUpdate[netuid][uid]`, growing the vector with zeros as subtensor does. */
export function setLastUpdate(state: StateOverlay, netuid: number, uid: number, block: bigint): void {
  const v = LastUpdate.get(state, netuid);
  while (v.length <= uid) v.push(0n);
  v[uid] = block;
  LastUpdate.set(state, netuid, v);
}

/**
 * `clear_neuron`: zeroes the uid's outputs, removes its own weight and bond rows and sets every other
 * validator's weight toward it to 0 (the entry stays).
 *
 * @example
 * clearNeuron(state, 1, 3);
 */
export function clearNeuron(state: StateOverlay, netuid: number, uid: number): void {
  Emission.set(state, netuid, setAt(Emission.get(state, netuid), uid, 0n));
  Consensus.set(state, netuid, setAt(Consensus.get(state, netuid), uid, 0));
  Incentive.set(state, netuid, setAt(Incentive.get(state, netuid), uid, 0));
  Bonds.set(state, netuid, uid, undefined);
  Weights.set(state, netuid, uid, undefined);
  const n = SubnetworkN.get(state, netuid);
  for (let other = 0; other < n; other++) {
    const row = Weights.get(state, netuid, other);
    if (row.some(([d]) => d === uid))
      Weights.set(
        state,
        netuid,
        other,
        row.map(([d, w]): [number, number] => [d, d === uid ? 0 : w]),
      );
  }
  Dividends.set(state, netuid, setAt(Dividends.get(state, netuid), uid, 0));
  StakeWeight.set(state, netuid, setAt(StakeWeight.get(state, netuid), uid, 0));
  ValidatorTrust.set(state, netuid, setAt(ValidatorTrust.get(state, netuid), uid, 0));
  ValidatorPermit.set(state, netuid, setAt(ValidatorPermit.get(state, netuid), uid, false));
}

/**
 * `replace_neuron`: the uid goes to `hotkey` (old hotkey's maps and endpoints removed, `clear_neuron`,
 * registration block and `LastUpdate` = `block`). The subnet owner hotkey is never replaced.
 *
 * @example
 * replaceNeuron(state, 1, 5, newHotkey, 100n);
 */
export function replaceNeuron(
  state: StateOverlay,
  netuid: number,
  uid: number,
  hotkey: Uint8Array,
  block: bigint,
): void {
  const old = Keys.get(state, netuid, uid);
  if (sameAccount(SubnetOwnerHotkey.get(state, netuid), old)) return;
  Uids.set(state, netuid, old, undefined);
  IsNetworkMember.set(state, old, netuid, undefined);
  Active.set(state, netuid, setAt(Active.get(state, netuid), uid, true));
  Keys.set(state, netuid, uid, hotkey);
  Uids.set(state, netuid, hotkey, uid);
  BlockAtRegistration.set(state, netuid, uid, block);
  IsNetworkMember.set(state, hotkey, netuid, true);
  Axons.set(state, netuid, old, undefined);
  NeuronCertificates.set(state, netuid, old, undefined);
  Prometheus.set(state, netuid, old, undefined);
  clearNeuron(state, netuid, uid);
  setLastUpdate(state, netuid, uid, block);
}

/** Whether a uid is still inside its immunity period. @example isImmune(state, 1, 3, 100n) */
export function isImmune(state: StateReader, netuid: number, uid: number, block: bigint): boolean {
  return block - BlockAtRegistration.get(state, netuid, uid) < BigInt(ImmunityPeriod.get(state, netuid));
}

/**
 * `get_neuron_to_prune`: the lowest `Emission`, then the oldest registration, then the lowest uid;
 * non-immune uids first while more than `MinNonImmuneUids` of them exist; the owner's immune uids
 * (`immuneOwnerUids`: the owner hotkey, and up to `ImmuneOwnerUidsLimit` in all) never.
 *
 * @example
 * neuronToPrune(state, 1, 500n) // 7 | undefined
 */
export function neuronToPrune(state: StateReader, netuid: number, block: bigint): number | undefined {
  const n = SubnetworkN.get(state, netuid);
  const immortal = immuneOwnerUids(state, netuid, SubnetOwner.get(state, netuid));
  const emissions = Emission.get(state, netuid);
  type Best = [bigint, bigint, number] | undefined;
  let free = 0;
  let bestFree: Best;
  let bestImmune: Best;
  const better = (e: bigint, b: bigint, u: number, best: Best) =>
    best === undefined || (e !== best[0] ? e < best[0] : b !== best[1] ? b < best[1] : u < best[2]);
  for (let uid = 0; uid < n; uid++) {
    const hotkey = Keys.get(state, netuid, uid);
    if (immortal.some((t) => sameAccount(t.hotkey, hotkey))) continue;
    const e = emissions[uid] ?? 0n;
    const b = BlockAtRegistration.get(state, netuid, uid);
    if (isImmune(state, netuid, uid, block)) {
      if (better(e, b, uid, bestImmune)) bestImmune = [e, b, uid];
    } else {
      free++;
      if (better(e, b, uid, bestFree)) bestFree = [e, b, uid];
    }
  }
  if (free > MinNonImmuneUids.get(state, netuid) && bestFree !== undefined) return bestFree[2];
  return bestImmune?.[2];
}
