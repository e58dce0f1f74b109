/**
 * `TimelockedIndex` as the `BTreeSet<(NetUid, AccountId)>` it is: sorted by netuid, then account bytes, and the rounds
 * its commitments wait for.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { sameAccount } from '../subtensor/types.js';
import { CommitmentOf, TimelockedIndex } from './storage.js';
import { isTimelocked } from './types.js';

function compare([na, a]: [number, Uint8Array], [nb, b]: [number, Uint8Array]): number {
  if (na !== nb) return na - nb;
  return Buffer.compare(a, b);
}

/**
 * Inserts (`insert: true`) or removes `(netuid, who)` in `TimelockedIndex`, keeping the set's order.
 *
 * @example
 * markTimelocked(state, 1, hotkey, true);
 */
export function markTimelocked(state: StateOverlay, netuid: number, who: Uint8Array, insert: boolean): void {
  const index = TimelockedIndex.get(state);
  const rest = index.filter(([n, account]) => n !== netuid || !sameAccount(account, who));
  if (insert) rest.push([netuid, who]);
  if (rest.length === index.length && !insert) return;
  TimelockedIndex.set(state, rest.sort(compare));
}

/**
 * The drand rounds the indexed commitments wait for (for the devnet beacon, which in `per-block` mode signs rounds
 * only while something waits for them).
 *
 * @example
 * for (const round of awaitedRounds(state)) console.log(round);
 */
export function awaitedRounds(state: StateReader): bigint[] {
  return TimelockedIndex.get(state).flatMap(([netuid, who]) =>
    (CommitmentOf.get(state, netuid, who)?.info.fields ?? [])
      .filter(isTimelocked)
      .map((field) => field.value.reveal_round),
  );
}

/**
 * Drops every `(netuid, …)` entry (a dissolved subnet's, as `purge_netuid` does).
 *
 * @example
 * unmarkSubnet(state, 3);
 */
export function unmarkSubnet(state: StateOverlay, netuid: number): void {
  const index = TimelockedIndex.get(state);
  const rest = index.filter(([n]) => n !== netuid);
  if (rest.length !== index.length) TimelockedIndex.set(state, rest);
}
