/** The v3.4.9 stateful epoch scheduler (`should_run_epoch`, yuma SPEC §2). */
import type { StateReader } from '../../frame/state.js';
import { BlocksSinceLastStep, LastEpochBlock, PendingEpochAt, Tempo } from './storage.js';

/** `MAX_TEMPO`: the safety net after which an epoch always runs. */
export const MAX_TEMPO = 50_400n;

/**
 * Whether the subnet's epoch runs in `block`: `PendingEpochAt` reached, the safety net, or
 * `block − LastEpochBlock >= Tempo`; never when `Tempo == 0`.
 *
 * @example
 * shouldRunEpoch(state, 1, 360n)
 */
export function shouldRunEpoch(state: StateReader, netuid: number, block: bigint): boolean {
  const tempo = BigInt(Tempo.get(state, netuid));
  if (tempo === 0n) return false;
  const pending = PendingEpochAt.get(state, netuid);
  if (pending > 0n && block >= pending) return true;
  if (BlocksSinceLastStep.get(state, netuid) > MAX_TEMPO) return true;
  return block - LastEpochBlock.get(state, netuid) >= tempo;
}

/**
 * `get_next_epoch_start_block`: `min(LastEpochBlock + tempo, PendingEpochAt)` (pending only when set).
 *
 * @example
 * nextEpochStartBlock(state, 1) // 361n
 */
export function nextEpochStartBlock(state: StateReader, netuid: number): bigint {
  const next = LastEpochBlock.get(state, netuid) + BigInt(Tempo.get(state, netuid));
  const pending = PendingEpochAt.get(state, netuid);
  return pending > 0n && pending < next ? pending : next;
}
