import {
  AccountId32,
  enumType,
  field,
  struct,
  u8,
  u16,
  u32,
  u64,
  u128,
  variant,
} from '../../frame/primitives.js';
import { primitive, sequence } from '../../frame/scale/type-def.js';

/** subtensor's `NetUid(u16)`: transparent in metadata. */
export const NetUid = u16;
/** `TaoBalance(u64)` / `AlphaBalance(u64)` in rao: transparent in metadata. */
export const TaoBalance = u64;
export const AlphaBalance = u64;
/** The zero account (`DefaultAccount`). */
export const ZERO_ACCOUNT = new Uint8Array(32);
/** `substrate_fixed::FixedU128<U64>` (`U64F64`): `{ bits: u128 }`, value = bits / 2^64. */
export const U64F64 = struct(['substrate_fixed', 'FixedU128'], [field('bits', u128, 'u128')]);
/** `RecycleOrBurnEnum`: what happens to miner emission paid to the subnet owner's hotkeys (`Burn` by default). */
export const RecycleOrBurnEnum = enumType(
  ['pallet_subtensor', 'pallet', 'RecycleOrBurnEnum'],
  [variant(0, 'Burn'), variant(1, 'Recycle')],
);
/** A `RecycleOrBurnEnum` value. */
export type RecycleOrBurnValue = { readonly type: 'Burn' | 'Recycle' };

/** `AxonInfo` as stored in `Axons` (SCALE field order of `pallet_subtensor::AxonInfo`). */
export const AxonInfo = struct(
  ['pallet_subtensor', 'pallet', 'AxonInfo'],
  [
    field('block', u64, 'u64'),
    field('version', u32, 'u32'),
    field('ip', u128, 'u128'),
    field('port', u16, 'u16'),
    field('ip_type', u8, 'u8'),
    field('protocol', u8, 'u8'),
    field('placeholder1', u8, 'u8'),
    field('placeholder2', u8, 'u8'),
  ],
);

/** `PrometheusInfo` as stored in `Prometheus`. */
export const PrometheusInfo = struct(
  ['pallet_subtensor', 'pallet', 'PrometheusInfo'],
  [
    field('block', u64, 'u64'),
    field('version', u32, 'u32'),
    field('ip', u128, 'u128'),
    field('port', u16, 'u16'),
    field('ip_type', u8, 'u8'),
  ],
);

/** `NeuronCertificate { public_key: BoundedVec<u8, 64>, algorithm: u8 }`. */
export const NeuronCertificate = struct(
  ['pallet_subtensor', 'pallet', 'NeuronCertificate'],
  [field('public_key', sequence(u8), 'BoundedVec<u8, ConstU32<64>>'), field('algorithm', u8, 'u8')],
);

/** Decoded `AxonInfo`. */
export interface AxonInfoValue {
  block: bigint;
  version: number;
  ip: bigint;
  port: number;
  ip_type: number;
  protocol: number;
  placeholder1: number;
  placeholder2: number;
}

/** Decoded `PrometheusInfo`. */
export interface PrometheusInfoValue {
  block: bigint;
  version: number;
  ip: bigint;
  port: number;
  ip_type: number;
}

/** An empty axon (what `NeuronInfoLite` reports for a hotkey that never served). */
export const EMPTY_AXON: AxonInfoValue = {
  block: 0n,
  version: 0,
  ip: 0n,
  port: 0,
  ip_type: 0,
  protocol: 0,
  placeholder1: 0,
  placeholder2: 0,
};

/** An empty prometheus endpoint. */
export const EMPTY_PROMETHEUS: PrometheusInfoValue = { block: 0n, version: 0, ip: 0n, port: 0, ip_type: 0 };

/** Compares two account ids. @example sameAccount(a, b) */
export function sameAccount(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export { AccountId32 };
/** `i16` (not among the shared primitives). */
export const i16 = primitive('I16');
