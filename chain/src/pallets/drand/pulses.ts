/** Writing the devnet beacon's pulses at the start of each block, and pruning old ones (subtensor's limits). */
import { sha256 } from '@noble/hashes/sha2';
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay } from '../../frame/state.js';
import { awaitedRounds } from '../commitments/timelocked-index.js';
import { TimelockedWeightCommits } from '../subtensor/storage.js';
import { Now } from '../timestamp/storage.js';
import type { DevnetBeacon } from './beacon.js';
import { drandEvents } from './events.js';
import { BeaconConfig, LastStoredRound, NextUnsignedAt, OldestStoredRound, Pulses } from './storage.js';

/** At most this many pulses per block (`MAX_PULSES_TO_FETCH`). */
export const MAX_PULSES_PER_BLOCK = 50n;
/** Pulses kept (`MAX_KEPT_PULSES`, a week of quicknet). */
export const MAX_KEPT_PULSES = 216_000n;
/** Pulses pruned per block at most (`MAX_REMOVED_PULSES`). */
export const MAX_REMOVED_PULSES = 100n;

/**
 * The beacon round current at `ms` (Unix milliseconds): `floor((t − genesis) / period) + 1`, at least 1.
 *
 * @example
 * roundAt(1_692_803_367_000, { genesis_time: 1_692_803_367, period: 3 }); // 1n
 */
export function roundAt(ms: bigint, config: { genesis_time: number; period: number }): bigint {
  const elapsed = ms / 1000n - BigInt(config.genesis_time);
  return elapsed < 0n ? 1n : elapsed / BigInt(config.period) + 1n;
}

/**
 * The rounds the beacon publishes in this block (the parent's timestamp is the clock): the round current at that
 * time first, then the next one (`per-block`) or every round whose time has come (`time`, at most 50 a block).
 */
function dueRounds(state: StateOverlay, beacon: DevnetBeacon): bigint[] {
  const now = Now.get(state);
  if (now === 0n) return []; // genesis has no clock yet: the first block's timestamp starts the schedule
  const last = LastStoredRound.get(state);
  const current = roundAt(now, BeaconConfig.get(state));
  if (last === 0n) return [current];
  if (beacon.schedule === 'per-block') return [last + 1n];
  const rounds: bigint[] = [];
  for (let r = last + 1n; r <= current && r <= last + MAX_PULSES_PER_BLOCK; r++) rounds.push(r);
  return rounds;
}

/** `prune_old_pulses`: keeps the last `MAX_KEPT_PULSES` rounds, removing at most `MAX_REMOVED_PULSES` a block. */
function pruneOldPulses(state: StateOverlay, last: bigint): void {
  const oldest = OldestStoredRound.get(state);
  if (last - oldest < MAX_KEPT_PULSES) return;
  const end =
    last - MAX_KEPT_PULSES + 1n < oldest + MAX_REMOVED_PULSES
      ? last - MAX_KEPT_PULSES + 1n
      : oldest + MAX_REMOVED_PULSES;
  for (let r = oldest; r < end; r++) Pulses.set(state, r, undefined);
  OldestStoredRound.set(state, end);
}

/** Whether any CR-v4 commit (the item has a key) or timelocked commitment waits for its reveal. */
function commitsPending(state: StateOverlay): boolean {
  return (
    state.getKeysPaged(TimelockedWeightCommits.key(0, 0n).slice(0, 66), 1).length > 0 ||
    awaitedRounds(state).length > 0
  );
}

/**
 * What `write_pulse` does with the pulses subtensor's offchain worker brings, done by the devnet's own beacon at
 * `on_initialize`: store each due round's pulse, advance `LastStoredRound` (and `OldestStoredRound` the first
 * time), prune, and emit `NewPulse`. SubtensorModule's block step runs before it (pallet 7 before 26), so a
 * reveal sees the pulses of earlier blocks, as on subtensor where they arrive as extrinsics.
 *
 * In `per-block` mode (instant and manual blocks, tests that mine thousands of them) a round is signed and stored
 * only while some CR-v4 commit or timelocked commitment is pending — a BLS signature costs milliseconds — and then the last stored round's
 * too, so every round a commit can be locked to has its pulse; otherwise `LastStoredRound` alone advances.
 *
 * @example
 * writeDuePulses(ctx, devnetBeacon({ schedule: 'per-block' }));
 */
export function writeDuePulses(ctx: DispatchContext, beacon: DevnetBeacon): void {
  const { state } = ctx;
  const rounds = dueRounds(state, beacon);

  if (rounds.length === 0) return;
  const previous = LastStoredRound.get(state);
  const first = previous === 0n && OldestStoredRound.get(state) === 0n;
  const sign = beacon.schedule === 'time' || commitsPending(state);
  const store = (round: bigint) => {
    const signature = beacon.sign(round);
    Pulses.set(state, round, { round, randomness: sha256(signature), signature });
  };
  if (sign && previous > 0n && Pulses.get(state, previous) === undefined) store(previous);
  let last = 0n;
  for (const round of rounds) {
    if (sign) store(round);
    last = round;
  }
  LastStoredRound.set(state, last);
  if (first) OldestStoredRound.set(state, rounds[0]);
  // A timelocked commitment may name a round that passed while nothing was pending (and so went unsigned here):
  // on subtensor its pulse exists, so the devnet signs it now.
  if (sign) {
    const oldest = OldestStoredRound.get(state);
    for (const round of awaitedRounds(state)) {
      if (round >= oldest && round < last && Pulses.get(state, round) === undefined) store(round);
    }
  }
  pruneOldPulses(state, last);
  NextUnsignedAt.set(state, ctx.blockNumber);
  drandEvents.deposit(ctx, 'NewPulse', { rounds });
}
