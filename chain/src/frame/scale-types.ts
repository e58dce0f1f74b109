/**
 * SCALE types as declarations name them. A `ScaleType<V>` pairs a `TypeDef` (what the codec and the
 * metadata registry use), the Rust type name metadata shows for a field of that type, and, at the type
 * level only, the TypeScript value `V` the codec reads and writes for it. This module is the one place
 * where SCALE types meet TypeScript types; pallets add their own names (`NetUid`, `TaoBalance`) with
 * `named` and `scaleType` next to their `TypeDef`s.
 */
import * as P from './primitives.js';
import type { EnumValue } from './scale/codec.js';
import {
  array,
  boundedSequence,
  compact,
  primitive,
  resolveType,
  sequence,
  type TypeDef,
  tuple,
} from './scale/type-def.js';

declare const VALUE: unique symbol;

/** A SCALE type with its metadata name and (type-level only) its TypeScript value. */
export interface ScaleType<V> {
  readonly def: TypeDef;
  /** The Rust type name metadata shows for fields of this type (`T::AccountId`, `Vec<u16>`), if any. */
  readonly typeName: string | undefined;
  /** Never present at run time: carries `V` for inference. */
  readonly [VALUE]?: V;
}

/** The TypeScript value of a `ScaleType`. */
export type ValueOf<S> = S extends ScaleType<infer V> ? V : never;

/** `Option<T>` as the codec reads and writes it. */
export type OptionValue<V> = { readonly type: 'None' } | { readonly type: 'Some'; readonly value: V };

/**
 * A possibly missing value (an `OptionQuery` read) as an `Option` value.
 *
 * @example
 * optionValue(SubnetIdentitiesV3.get(state, 1)) // { type: 'None' } until an identity is set
 */
export function optionValue<V>(value: V | undefined): OptionValue<V> {
  return value === undefined ? { type: 'None' } : { type: 'Some', value };
}

/** `sp_runtime::MultiAddress` as the codec reads and writes it (the devnet resolves `Id` and `Address32`). */
export type MultiAddressValue =
  | { readonly type: 'Id' | 'Raw' | 'Address32' | 'Address20'; readonly value: Uint8Array }
  | { readonly type: 'Index'; readonly value: unknown };

/** `sp_weights::Weight`. */
export interface WeightValue {
  readonly ref_time: bigint;
  readonly proof_size: bigint;
}

/** `frame_support::dispatch::DispatchInfo`. */
export interface DispatchInfoValue {
  readonly weight: WeightValue;
  readonly class: { readonly type: 'Normal' | 'Operational' | 'Mandatory' };
  readonly pays_fee: { readonly type: 'Yes' | 'No' };
}

/** `Result<(), DispatchError>`. */
export type DispatchResultValue =
  | { readonly type: 'Ok'; readonly value: readonly [] }
  | { readonly type: 'Err'; readonly value: EnumValue };

/**
 * Declares the TypeScript value of a `TypeDef`, under a metadata name.
 *
 * @example
 * const AccountId = scaleType<Uint8Array>(AccountId32, 'AccountId');
 */
export function scaleType<V>(def: TypeDef, typeName: string | undefined): ScaleType<V> {
  return { def, typeName };
}

/**
 * The same type under another metadata name (`T::AccountId` for `AccountId`).
 *
 * @example
 * const NetUidStorageIndex = named('NetUidStorageIndex', u16);
 */
export function named<V>(typeName: string | undefined, type: ScaleType<V>): ScaleType<V> {
  return { def: type.def, typeName };
}

function nameOf(outer: string, ...inner: (string | undefined)[]): string | undefined {
  return inner.some((n) => n === undefined) ? undefined : `${outer}<${inner.join(', ')}>`;
}

/**
 * `Vec<T>` as an array (use `Bytes` for `Vec<u8>`, which the codec reads as a `Uint8Array`).
 *
 * @example
 * const dests = Vec(u16); // Vec<u16> ↔ number[]
 */
export function Vec<V>(inner: ScaleType<V>): ScaleType<V[]> {
  const d = resolveType(inner.def);
  if (d.kind === 'primitive' && d.name === 'U8') throw new Error('Vec(u8) is Bytes');
  return { def: sequence(inner.def), typeName: nameOf('Vec', inner.typeName) };
}

/**
 * `BoundedVec<u8, ConstU32<max>>`: `Vec<u8>` on the wire and in metadata, and a longer one fails to decode, so a
 * call carrying it is refused as undecodable, as FRAME refuses it.
 *
 * @example
 * const commit = named('BoundedVec<u8, ConstU32<5000>>', BoundedBytes(5000));
 */
export function BoundedBytes(max: number): ScaleType<Uint8Array> {
  return { def: boundedSequence(max, P.u8), typeName: `BoundedVec<u8, ConstU32<${max}>>` };
}

/** `Compact<T>`: the same value, compactly encoded. @example Compact(u64) // Compact<u64> ↔ bigint */
export function Compact<V extends number | bigint>(inner: ScaleType<V>): ScaleType<V> {
  return { def: compact(inner.def), typeName: nameOf('Compact', inner.typeName) };
}

/** `Option<T>`. @example Option(NetUid) // { type: 'None' } | { type: 'Some', value: number } */
export function Option<V>(inner: ScaleType<V>): ScaleType<OptionValue<V>> {
  return { def: P.option(inner.def), typeName: nameOf('Option', inner.typeName) };
}

/** A tuple `(A, B, …)`. @example Tuple(u64, AccountId) // (u64, AccountId) ↔ [bigint, Uint8Array] */
export function Tuple<const T extends readonly ScaleType<unknown>[]>(
  ...items: T
): ScaleType<{ -readonly [I in keyof T]: ValueOf<T[I]> }> {
  const names = items.map((t) => t.typeName);
  return {
    def: tuple(...items.map((t) => t.def)),
    typeName: names.some((n) => n === undefined) ? undefined : `(${names.join(', ')})`,
  };
}

export const bool = scaleType<boolean>(P.bool, 'bool');
export const u8 = scaleType<number>(P.u8, 'u8');
export const u16 = scaleType<number>(P.u16, 'u16');
export const u32 = scaleType<number>(P.u32, 'u32');
export const u64 = scaleType<bigint>(P.u64, 'u64');
export const u128 = scaleType<bigint>(P.u128, 'u128');
export const i16 = scaleType<number>(primitive('I16'), 'i16');
/** `Vec<u8>`. */
export const Bytes = scaleType<Uint8Array>(P.bytes, 'Vec<u8>');
export const AccountId = scaleType<Uint8Array>(P.AccountId32, 'AccountId');
export const H256 = scaleType<Uint8Array>(P.H256, 'H256');
export const H160 = scaleType<Uint8Array>(array(20, P.u8), 'H160');
/** `AccountIdLookupOf<T>`: the `MultiAddress` a call names an account by. */
export const AccountIdLookupOf = scaleType<MultiAddressValue>(P.MultiAddress, 'AccountIdLookupOf<T>');
export const DispatchError = scaleType<EnumValue>(P.DispatchError, 'DispatchError');
export const DispatchResult = scaleType<DispatchResultValue>(P.DispatchResult, 'DispatchResult');
export const DispatchInfo = scaleType<DispatchInfoValue>(P.DispatchInfo, 'DispatchInfo');
export const Weight = scaleType<WeightValue>(P.Weight, 'Weight');
