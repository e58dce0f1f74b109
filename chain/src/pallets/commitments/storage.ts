/**
 * `pallet_commitments` storage (subtensor `pallets/commitments/src/lib.rs`), in its declaration order: the index of
 * commitments with timelocked fields, each hotkey's commitment per subnet, the blocks of its last commitment and
 * bonds reset, the timelocked fields the chain has revealed, the space used this epoch and its limit.
 */
import { AccountId32, bytes, sequence, tuple, u32, u64 } from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';
import { NetUid } from '../subtensor/types.js';
import { Registration, type RegistrationValue, UsageTracker, type UsageTrackerValue } from './types.js';

const P = 'Commitments';

const keys = () => [
  { hasher: 'Identity' as const, type: NetUid },
  { hasher: 'Twox64Concat' as const, type: AccountId32 },
];

/** `Commitments.TimelockedIndex`: every `(netuid, hotkey)` whose commitment has a timelocked field (a `BTreeSet`). */
export const TimelockedIndex = storageItem<[], [number, Uint8Array][]>({
  pallet: P,
  name: 'TimelockedIndex',
  value: sequence(tuple(NetUid, AccountId32)),
  default: [],
  docs: [' Tracks all CommitmentOf that have at least one timelocked field.'],
});

/** `Commitments.CommitmentOf`: (netuid, hotkey) → its current commitment. */
export const CommitmentOf = storageItem<[number, Uint8Array], RegistrationValue | undefined>({
  pallet: P,
  name: 'CommitmentOf',
  value: Registration,
  keys: keys(),
  docs: [' Identity data by account'],
});

/** `Commitments.LastCommitment`: (netuid, hotkey) → the block of its last `set_commitment`. */
export const LastCommitment = storageItem<[number, Uint8Array], number | undefined>({
  pallet: P,
  name: 'LastCommitment',
  value: u32,
  keys: keys(),
});

/** `Commitments.LastBondsReset`: (netuid, hotkey) → the block of its last commitment with `ResetBondsFlag`. */
export const LastBondsReset = storageItem<[number, Uint8Array], number | undefined>({
  pallet: P,
  name: 'LastBondsReset',
  value: u32,
  keys: keys(),
});

/** `Commitments.RevealedCommitments`: (netuid, hotkey) → the last 10 revealed plaintexts with their blocks. */
export const RevealedCommitments = storageItem<[number, Uint8Array], [Uint8Array, bigint][] | undefined>({
  pallet: P,
  name: 'RevealedCommitments',
  value: sequence(tuple(bytes, u64)),
  keys: keys(),
});

/** `Commitments.UsedSpaceOf`: (netuid, hotkey) → the bytes committed in the subnet's current epoch. */
export const UsedSpaceOf = storageItem<[number, Uint8Array], UsageTrackerValue | undefined>({
  pallet: P,
  name: 'UsedSpaceOf',
  value: UsageTracker,
  keys: keys(),
  docs: [" Maps (netuid, who) -> usage (how many “bytes” they've committed)", ' in the RateLimit window'],
});

/** `Commitments.MaxSpace`: the bytes a hotkey may commit per subnet epoch (3,100; at least 100 per commitment). */
export const MaxSpace = storageItem<[], number>({
  pallet: P,
  name: 'MaxSpace',
  value: u32,
  default: 3100,
});
