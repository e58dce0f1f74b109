/**
 * `reveal_timelocked_commitments`, the Commitments pallet's `on_initialize`: each indexed commitment's timelocked
 * fields whose drand pulse is stored are decrypted (`@subnetkit/drand`, subtensor's `tle`), their plaintexts
 * appended to `RevealedCommitments` (the last 10 kept) with `CommitmentRevealed` each, and the fields removed.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay } from '../../frame/state.js';
import { Pulses } from '../drand/storage.js';
import { decryptCommit } from '../subtensor/commit-decryptions.js';
import { commitmentsEvents } from './events.js';
import { CommitmentOf, RevealedCommitments, TimelockedIndex } from './storage.js';
import { markTimelocked } from './timelocked-index.js';
import { type DataValue, isTimelocked, type RegistrationValue } from './types.js';

/** Reveals kept per (netuid, hotkey) (`MAX_REVEALS`). */
const MAX_REVEALS = 10;

/** The fields whose pulse has come, opened: the rest kept, and the plaintexts (a field that fails is dropped). */
function openFields(state: StateOverlay, fields: readonly DataValue[]) {
  const remaining: DataValue[] = [];
  const revealed: Uint8Array[] = [];
  let processed = false;
  for (const field of fields) {
    if (!isTimelocked(field)) {
      remaining.push(field);
      continue;
    }
    const pulse = Pulses.get(state, field.value.reveal_round);
    if (pulse === undefined) {
      remaining.push(field);
      continue;
    }
    processed = true;
    const opened = decryptCommit(field.value.encrypted, pulse.signature);
    if (opened.ok && opened.plaintext.length > 0) revealed.push(opened.plaintext);
  }
  return { remaining, revealed, processed };
}

/** Reveals what is due in one indexed commitment. */
function revealOne(ctx: DispatchContext, netuid: number, who: Uint8Array, registration: RegistrationValue) {
  const { state } = ctx;
  const fields = registration.info.fields;
  if (!fields.some(isTimelocked)) return markTimelocked(state, netuid, who, false);
  const { remaining, revealed, processed } = openFields(state, fields);
  if (!processed) return; // no pulse yet: subtensor leaves the commitment untouched
  if (revealed.length > 0) {
    const block = BigInt(ctx.blockNumber);
    const reveals = [...(RevealedCommitments.get(state, netuid, who) ?? [])];
    for (const plaintext of revealed) {
      reveals.push([plaintext, block]);
      commitmentsEvents.deposit(ctx, 'CommitmentRevealed', { netuid, who });
    }
    RevealedCommitments.set(state, netuid, who, reveals.slice(-MAX_REVEALS));
  }
  if (remaining.length === 0) {
    CommitmentOf.set(state, netuid, who, undefined);
    return markTimelocked(state, netuid, who, false);
  }
  CommitmentOf.set(state, netuid, who, { ...registration, info: { fields: remaining } });
  if (!remaining.some(isTimelocked)) markTimelocked(state, netuid, who, false);
}

/**
 * Runs at the start of each block (Commitments, pallet 18, before Drand at 26 stores this block's pulses, so a
 * field is revealed in the block after its round's pulse, as on subtensor where pulses arrive as extrinsics).
 *
 * @example
 * revealTimelockedCommitments(ctx);
 */
export function revealTimelockedCommitments(ctx: DispatchContext): void {
  for (const [netuid, who] of TimelockedIndex.get(ctx.state)) {
    const registration = CommitmentOf.get(ctx.state, netuid, who);
    if (registration === undefined) markTimelocked(ctx.state, netuid, who, false);
    else revealOne(ctx, netuid, who, registration);
  }
}
