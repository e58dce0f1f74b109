/** `set_commitment` (subtensor `pallets/commitments/src/lib.rs`), its checks in subtensor's order. */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { resetBonds } from '../subtensor/bonds-reset.js';
import { SubnetEpochIndex, Uids } from '../subtensor/storage.js';
import { commitmentsEnsure as ensure } from './errors.js';
import { commitmentsEvents } from './events.js';
import { CommitmentOf, LastBondsReset, LastCommitment, MaxSpace, UsedSpaceOf } from './storage.js';
import { markTimelocked } from './timelocked-index.js';
import { type CommitmentInfoValue, isTimelocked, MAX_FIELDS, spaceOf } from './types.js';

/** Space a commitment counts at least (`min_used_space`). */
const MIN_USED_SPACE = 100n;

/**
 * Sets `who`'s commitment on `netuid`: only a hotkey registered there (`AccountNotAllowedCommit`), at most
 * `MAX_FIELDS` fields, and at most `MaxSpace` bytes per subnet epoch, each commitment counting at least 100
 * (`SpaceLimitExceeded`). A `ResetBondsFlag` field records `LastBondsReset` and resets the hotkey's bonds where
 * `BondsResetOn` is set. Writes `CommitmentOf` (deposit 0: subtensor's deposits are free), `LastCommitment`, and
 * emits `TimelockCommitment` (and indexes the commitment for its reveal) when a field is timelocked, `Commitment`
 * otherwise.
 *
 * @example
 * setCommitment(ctx, hotkey, 1, { fields: [{ type: 'Raw5', value: new TextEncoder().encode('hello') }] });
 */
export function setCommitment(
  ctx: DispatchContext,
  who: Uint8Array,
  netuid: number,
  info: CommitmentInfoValue,
): void {
  const { state, blockNumber } = ctx;
  ensure(Uids.get(state, netuid, who) !== undefined, 'AccountNotAllowedCommit');
  // Unreachable through a call (a fourth field does not decode), kept as subtensor checks it.
  ensure(info.fields.length <= MAX_FIELDS, 'TooManyFieldsInCommitmentInfo');
  const used = info.fields.reduce((sum, field) => sum + spaceOf(field), 0n);
  const required = used > MIN_USED_SPACE ? used : MIN_USED_SPACE;
  const epoch = SubnetEpochIndex.get(state, netuid);
  const usage = UsedSpaceOf.get(state, netuid, who) ?? { last_epoch: 0n, used_space: 0n };
  const spent = usage.last_epoch === epoch ? usage.used_space : 0n;
  if (info.fields.some((field) => field.type === 'ResetBondsFlag')) {
    LastBondsReset.set(state, netuid, who, blockNumber);
    resetBonds(state, netuid, who);
  }
  ensure(spent + required <= BigInt(MaxSpace.get(state)), 'SpaceLimitExceeded');
  UsedSpaceOf.set(state, netuid, who, { last_epoch: epoch, used_space: spent + required });
  CommitmentOf.set(state, netuid, who, { deposit: 0n, block: blockNumber, info });
  LastCommitment.set(state, netuid, who, blockNumber);
  const timelocked = info.fields.find(isTimelocked);
  if (timelocked === undefined) {
    commitmentsEvents.deposit(ctx, 'Commitment', { netuid, who });
  } else {
    commitmentsEvents.deposit(ctx, 'TimelockCommitment', {
      netuid,
      who,
      reveal_round: timelocked.value.reveal_round,
    });
  }
  markTimelocked(state, netuid, who, timelocked !== undefined);
}
