/**
 * Fields of calls and events as declarations write them: named (`{ netuid: NetUid }`) or unnamed
 * (`[NetUid, u16]`), with the TypeScript value the codec gives them.
 */
import { type FieldDef, field } from './scale/type-def.js';
import type { ScaleType, ValueOf } from './scale-types.js';

/** Named fields in declaration order (`{ netuid: NetUid, hotkey: AccountId }`). */
export type NamedFields = { readonly [name: string]: ScaleType<unknown> };

/** Named fields, or unnamed ones (`[NetUid, u16]`) as tuple-like event variants have. */
export type Fields = NamedFields | readonly ScaleType<unknown>[];

/**
 * The codec value of fields: an object for named ones; for unnamed ones nothing, the single value, or a
 * tuple (the codec's convention for enum variants and structs).
 */
export type FieldsValue<F extends Fields> = F extends readonly ScaleType<unknown>[]
  ? F extends readonly []
    ? undefined
    : F extends readonly [infer A]
      ? ValueOf<A>
      : { -readonly [I in keyof F]: ValueOf<F[I]> }
  : { -readonly [K in keyof F]: ValueOf<F[K]> };

function isUnnamed(fields: Fields): fields is readonly ScaleType<unknown>[] {
  return Array.isArray(fields);
}

/** The metadata fields of a declaration. */
export function fieldDefs(fields: Fields): FieldDef[] {
  if (isUnnamed(fields)) return fields.map((t) => field(null, t.def, t.typeName));
  return Object.entries(fields).map(([name, t]) => field(name, t.def, t.typeName));
}
