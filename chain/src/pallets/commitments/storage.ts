/**
 * `pallet_commitments` storage the clients read (subtensor `pallets/commitments`): the per-subnet commitment of each
 * hotkey and the timelocked commitments the chain has revealed. The devnet has no `set_commitment`, so both maps stay
 * empty; they are declared so that clients which read them with every metagraph (bittensor ≥ 11) find them.
 */
import {
  AccountId32,
  array,
  bytes,
  enumType,
  field,
  sequence,
  struct,
  tuple,
  u8,
  u32,
  u64,
  variant,
} from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';
import { NetUid } from '../subtensor/types.js';

const P = 'Commitments';

/** `pallet_commitments::types::Data`: nothing, raw bytes of 0–128 bytes, one of four hashes, or a timelocked blob. */
const Data = enumType(
  ['pallet_commitments', 'types', 'Data'],
  [
    variant(0, 'None'),
    ...Array.from({ length: 129 }, (_, n) =>
      variant(n + 1, `Raw${n}`, [field(null, array(n, u8), `[u8; ${n}]`)]),
    ),
    variant(130, 'BlakeTwo256', [field(null, array(32, u8), '[u8; 32]')]),
    variant(131, 'Sha256', [field(null, array(32, u8), '[u8; 32]')]),
    variant(132, 'Keccak256', [field(null, array(32, u8), '[u8; 32]')]),
    variant(133, 'ShaThree256', [field(null, array(32, u8), '[u8; 32]')]),
    variant(134, 'TimelockEncrypted', [
      field('encrypted', bytes, 'BoundedVec<u8, ConstU32<MAX_TIMELOCK_COMMITMENT_SIZE_BYTES>>'),
      field('reveal_round', u64, 'u64'),
    ]),
    variant(135, 'ResetBondsFlag'),
  ],
);

/** `pallet_commitments::types::Registration`: the deposit, the block and the committed fields. */
const Registration = struct(
  ['pallet_commitments', 'types', 'Registration'],
  [
    field('deposit', u64, 'Balance'),
    field('block', u32, 'BlockNumber'),
    field(
      'info',
      struct(
        ['pallet_commitments', 'types', 'CommitmentInfo'],
        [field('fields', sequence(Data), 'BoundedVec<Data, FieldLimit>')],
      ),
      'CommitmentInfo<FieldLimit>',
    ),
  ],
);

const keys = [
  { hasher: 'Identity', type: NetUid },
  { hasher: 'Twox64Concat', type: AccountId32 },
] as const;

/** `Commitments.CommitmentOf`: (netuid, hotkey) → its current commitment. */
export const CommitmentOf = storageItem<[number, Uint8Array], Record<string, unknown> | undefined>({
  pallet: P,
  name: 'CommitmentOf',
  value: Registration,
  keys: [...keys],
  docs: [' Identity data by account'],
});

/** `Commitments.RevealedCommitments`: (netuid, hotkey) → the revealed timelocked commitments with their blocks. */
export const RevealedCommitments = storageItem<[number, Uint8Array], [Uint8Array, bigint][] | undefined>({
  pallet: P,
  name: 'RevealedCommitments',
  value: sequence(tuple(bytes, u64)),
  keys: [...keys],
  docs: [' Revealed commitments by (netuid, account), with the block they were revealed at'],
});
