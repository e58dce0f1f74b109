/**
 * subtensor's SCALE types as its call, event and runtime API declarations name them (metadata type
 * names over the `TypeDef`s of `types.ts`), with their TypeScript values.
 */
import { BoundedBytes, H256, named, scaleType, u8, u16, u32, u64 } from '../../frame/scale-types.js';
import { I96F32 as I96F32Def, type SUBNET_IDENTITY_FIELDS, SubnetIdentityV3 } from './rpc-types.js';
import {
  RecycleOrBurnEnum as RecycleOrBurnEnumDef,
  type RecycleOrBurnValue,
  U64F64 as U64F64Def,
} from './types.js';

/** `NetUid(u16)`. */
export const NetUid = named('NetUid', u16);
/** `NetUidStorageIndex`: a netuid and mechanism index folded into one u16. */
export const NetUidStorageIndex = named('NetUidStorageIndex', u16);
/** `MechId(u8)`. */
export const MechId = named('MechId', u8);
/** `LeaseId = u32`. */
export const LeaseId = named('LeaseId', u32);
/** `TaoBalance(u64)`, in rao. */
export const TaoBalance = named('TaoBalance', u64);
/** `AlphaBalance(u64)`, in alpha rao. */
export const AlphaBalance = named('AlphaBalance', u64);
/** `Balance = u64`. */
export const Balance = named('Balance', u64);
/** `BlockNumberFor<T> = u32`. */
export const BlockNumberFor = named('BlockNumberFor<T>', u32);
/** `T::Hash`. */
export const Hash = named('T::Hash', H256);
/** `MAX_CRV3_COMMIT_SIZE_BYTES`: the bound of a timelocked commit. */
export const MAX_CRV3_COMMIT_SIZE_BYTES = 5000;
/** A drand-timelocked weights commit: at most `MAX_CRV3_COMMIT_SIZE_BYTES`, or the call does not decode. */
export const CommitBytes = named(
  'BoundedVec<u8, ConstU32<MAX_CRV3_COMMIT_SIZE_BYTES>>',
  BoundedBytes(MAX_CRV3_COMMIT_SIZE_BYTES),
);
/** `U64F64` (`substrate_fixed::FixedU128<U64>`): value = bits / 2^64. */
export const U64F64 = scaleType<{ bits: bigint }>(U64F64Def, 'U64F64');
/** `I96F32` (`substrate_fixed::FixedI128<U32>`): value = bits / 2^32, bits declared u128 (no i128 here). */
export const I96F32 = scaleType<{ bits: bigint }>(I96F32Def, 'I96F32');
/** `pallet_subtensor::RecycleOrBurnEnum`, as `sudo_set_recycle_or_burn` names its argument. */
export const RecycleOrBurnEnum = scaleType<RecycleOrBurnValue>(
  RecycleOrBurnEnumDef,
  'pallet_subtensor::RecycleOrBurnEnum',
);
/** A `SubnetIdentityV3` value: each field's bytes. */
export type SubnetIdentityValue = { readonly [F in (typeof SUBNET_IDENTITY_FIELDS)[number]]: Uint8Array };
/** `SubnetIdentityOfV3` (= `SubnetIdentityV3`), `register_network_with_identity`'s identity. */
export const SubnetIdentityOfV3 = scaleType<SubnetIdentityValue>(SubnetIdentityV3, 'SubnetIdentityOfV3');
