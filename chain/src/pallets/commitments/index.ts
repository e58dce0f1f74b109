import { constant, definePallet } from '../../frame/define-pallet.js';
import { u32, u64 } from '../../frame/scale-types.js';
import { commitmentsCalls } from './calls.js';
import { commitmentsErrors } from './errors.js';
import { commitmentsEvents } from './events.js';
import { revealTimelockedCommitments } from './reveal-timelocked.js';
import {
  CommitmentOf,
  LastBondsReset,
  LastCommitment,
  MaxSpace,
  RevealedCommitments,
  TimelockedIndex,
  UsedSpaceOf,
} from './storage.js';
import { MAX_FIELDS } from './types.js';

/**
 * `pallet_commitments` as `Commitments` (index 18): `set_commitment` (a registered hotkey's per-subnet fields, with
 * subtensor's space limit per epoch and bonds reset on `ResetBondsFlag`), `set_max_space`, and the reveal of
 * timelocked fields at block start once their drand pulse is stored.
 *
 * @example
 * const pallets = [system, subtensorPallet, commitmentsPallet];
 */
export const commitmentsPallet = definePallet({
  name: 'Commitments',
  index: 18,
  crate: 'pallet_commitments',
  calls: commitmentsCalls,
  storage: [
    TimelockedIndex,
    CommitmentOf,
    LastCommitment,
    LastBondsReset,
    RevealedCommitments,
    UsedSpaceOf,
    MaxSpace,
  ],
  events: commitmentsEvents,
  errors: commitmentsErrors,
  constants: [
    constant(
      'MaxFields',
      u32,
      MAX_FIELDS,
      ' The maximum number of additional fields that can be added to a commitment',
    ),
    constant('InitialDeposit', u64, 0n, ' The amount held on deposit for a registered identity'),
    constant(
      'FieldDeposit',
      u64,
      0n,
      ' The amount held on deposit per additional field for a registered identity.',
    ),
  ],
  onInitialize: revealTimelockedCommitments,
});

export { CommitmentOf, RevealedCommitments, TimelockedIndex } from './storage.js';
export type { DataValue, RegistrationValue } from './types.js';
