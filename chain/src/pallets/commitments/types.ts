/**
 * `pallet_commitments::types` (subtensor `pallets/commitments/src/types.rs`): the `Data` a commitment field holds,
 * `CommitmentInfo`, the stored `Registration` and the per-epoch `UsageTracker`, with their TypeScript values.
 */
import { array, enumType, field, struct, u8, u32, u64, variant } from '../../frame/primitives.js';
import { boundedSequence } from '../../frame/scale/type-def.js';
import { scaleType } from '../../frame/scale-types.js';

/** `MAX_TIMELOCK_COMMITMENT_SIZE_BYTES`: the bound of a `TimelockEncrypted` ciphertext. */
export const MAX_TIMELOCK_COMMITMENT_SIZE_BYTES = 1024;
/** `MAX_BIGRAW_COMMITMENT_SIZE_BYTES`: the bound of a `BigRaw` field. */
export const MAX_BIGRAW_COMMITMENT_SIZE_BYTES = 512;
/** `MaxCommitFields`: fields a commitment may have (a fourth does not decode). */
export const MAX_FIELDS = 3;
/** The largest `RawN` variant. */
export const MAX_RAW_BYTES = 128;

const hash = (index: number, name: string) => variant(index, name, [field(null, array(32, u8), '[u8; 32]')]);

/**
 * `Data`: nothing, `Raw0`…`Raw128` (the variant index is the length + 1), one of four 32-byte hashes, a
 * timelock-encrypted blob with its drand round, the bonds-reset flag, or `BigRaw` (up to 512 bytes).
 */
export const Data = enumType(
  ['pallet_commitments', 'types', 'Data'],
  [
    variant(0, 'None'),
    ...Array.from({ length: MAX_RAW_BYTES + 1 }, (_, n) =>
      variant(n + 1, `Raw${n}`, [field(null, array(n, u8), `[u8; ${n}]`)]),
    ),
    hash(130, 'BlakeTwo256'),
    hash(131, 'Sha256'),
    hash(132, 'Keccak256'),
    hash(133, 'ShaThree256'),
    variant(134, 'TimelockEncrypted', [
      field(
        'encrypted',
        boundedSequence(MAX_TIMELOCK_COMMITMENT_SIZE_BYTES, u8),
        'BoundedVec<u8, ConstU32<MAX_TIMELOCK_COMMITMENT_SIZE_BYTES>>',
      ),
      field('reveal_round', u64, 'u64'),
    ]),
    variant(135, 'ResetBondsFlag'),
    variant(136, 'BigRaw', [
      field(
        null,
        boundedSequence(MAX_BIGRAW_COMMITMENT_SIZE_BYTES, u8),
        'BoundedVec<u8, ConstU32<MAX_BIGRAW_COMMITMENT_SIZE_BYTES>>',
      ),
    ]),
  ],
);

/** A decoded `Data` field. */
export type DataValue =
  | { readonly type: 'None' | 'ResetBondsFlag' }
  | { readonly type: 'TimelockEncrypted'; readonly value: { encrypted: Uint8Array; reveal_round: bigint } }
  | { readonly type: string; readonly value: Uint8Array };

/** A `TimelockEncrypted` field. */
export type TimelockedData = Extract<DataValue, { type: 'TimelockEncrypted' }>;

/**
 * Whether a field is timelock-encrypted (`Data::is_timelock_encrypted`).
 *
 * @example
 * info.fields.find(isTimelocked)?.value.reveal_round;
 */
export function isTimelocked(data: DataValue): data is TimelockedData {
  return data.type === 'TimelockEncrypted';
}

/** `CommitmentInfo<MaxFields>`: at most `MAX_FIELDS` fields. */
export const CommitmentInfoDef = struct(
  ['pallet_commitments', 'types', 'CommitmentInfo'],
  [field('fields', boundedSequence(MAX_FIELDS, Data), 'BoundedVec<Data, FieldLimit>')],
);

/** A decoded `CommitmentInfo`. */
export type CommitmentInfoValue = { fields: DataValue[] };

/** `set_commitment`'s `info` argument. */
export const CommitmentInfo = scaleType<CommitmentInfoValue>(
  CommitmentInfoDef,
  'Box<CommitmentInfo<T::MaxFields>>',
);

/** `Registration`: the deposit held (0 on subtensor), the block of the last commitment and its fields. */
export const Registration = struct(
  ['pallet_commitments', 'types', 'Registration'],
  [
    field('deposit', u64, 'Balance'),
    field('block', u32, 'BlockNumber'),
    field('info', CommitmentInfoDef, 'CommitmentInfo<MaxFields>'),
  ],
);

/** A decoded `Registration`. */
export type RegistrationValue = { deposit: bigint; block: number; info: CommitmentInfoValue };

/** `UsageTracker`: the epoch the usage counts in and the bytes used in it. */
export const UsageTracker = struct(
  ['pallet_commitments', 'types', 'UsageTracker'],
  [field('last_epoch', u64, 'u64'), field('used_space', u64, 'u64')],
);

/** A decoded `UsageTracker`. */
export type UsageTrackerValue = { last_epoch: bigint; used_space: bigint };

/**
 * `Data::len_for_rate_limit`: the bytes a field counts against `MaxSpace` (hashes 32, flags and `None` 0).
 *
 * @example
 * spaceOf({ type: 'Raw5', value: new Uint8Array(5) }); // 5n
 */
export function spaceOf(data: DataValue): bigint {
  if (isTimelocked(data)) return BigInt(data.value.encrypted.length);
  return 'value' in data ? BigInt(data.value.length) : 0n;
}
