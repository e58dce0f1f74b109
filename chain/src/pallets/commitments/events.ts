import { defineEvents, event } from '../../frame/define-events.js';
import { AccountId, named, u64 } from '../../frame/scale-types.js';
import { NetUid } from '../subtensor/scale-types.js';

const who = named('T::AccountId', AccountId);

/** `pallet_commitments::Event`, with subtensor's names, fields and indices. */
export const commitmentsEvents = defineEvents('Commitments', {
  Commitment: event(0, { netuid: NetUid, who }, ' A commitment was set'),
  TimelockCommitment: event(
    1,
    { netuid: NetUid, who, reveal_round: u64 },
    ' A timelock-encrypted commitment was set',
  ),
  CommitmentRevealed: event(2, { netuid: NetUid, who }, ' A timelock-encrypted commitment was auto-revealed'),
});
