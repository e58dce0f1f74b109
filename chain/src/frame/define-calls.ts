/** Call tables: `call(…)` entries, typed handlers, and the declarations dispatch and metadata use. */
import type { DispatchContext, Origin } from './define-pallet.js';
import { type FieldsValue, fieldDefs, type NamedFields } from './fields.js';
import type { FieldDef } from './scale/type-def.js';

/** A dispatch class. */
export type DispatchClassName = 'Normal' | 'Operational' | 'Mandatory';

/** A call declaration as the runtime and metadata see it (made by `defineCalls`). */
export interface CallDecl {
  readonly name: string;
  readonly index: number;
  readonly args: readonly FieldDef[];
  /** Reference-time weight of the call for its decoded arguments. */
  readonly weight: (args: unknown) => bigint;
  readonly pays: 'Yes' | 'No';
  readonly class: DispatchClassName;
  readonly docs: readonly string[];
  /** Runs the call on its decoded arguments. */
  readonly dispatch: (ctx: DispatchContext, origin: Origin, args: unknown) => void;
}

/** One entry of a pallet's call table: index, named arguments and dispatch facts. */
export interface CallSpec<A extends NamedFields> {
  readonly index: number;
  readonly args: A;
  readonly pays?: 'Yes' | 'No';
  readonly class?: DispatchClassName;
  readonly docs?: readonly string[];
  /** Reference-time weight for these arguments (the table's default when absent). */
  weight?(args: FieldsValue<A>): bigint;
}

/** A pallet's call table: call name → `call(…)`, in declaration order. */
export type CallTable = { readonly [name: string]: CallSpec<NamedFields> };

/** Options of one `call`. */
export interface CallOptions<A extends NamedFields> {
  /** Reference-time weight, constant or from the arguments. */
  readonly weight?: bigint | ((args: FieldsValue<A>) => bigint);
  readonly pays?: 'Yes' | 'No';
  readonly class?: DispatchClassName;
  readonly docs?: readonly string[];
}

/**
 * Declares a call: its index, its named arguments (metadata names and codec types in one), and optionally
 * weight, fee, class and docs.
 *
 * @example
 * const set_weights = call(0, { netuid: NetUid, dests: Vec(u16), weights: Vec(u16), version_key: u64 });
 */
export function call<const A extends NamedFields>(
  index: number,
  args: A,
  options: CallOptions<A> = {},
): CallSpec<A> {
  const { weight, ...rest } = options;
  if (weight === undefined) return { index, args, ...rest };
  return { index, args, ...rest, weight: typeof weight === 'bigint' ? () => weight : weight };
}

/** A call handler: its arguments are typed by the call's declaration. */
export type CallHandler<A extends NamedFields> = (
  ctx: DispatchContext,
  origin: Origin,
  args: FieldsValue<A>,
) => void;

/** Handlers by call name; a name the table does not declare is a type error. */
export type CallHandlers<T extends CallTable> = { readonly [K in keyof T]?: CallHandler<T[K]['args']> };

/** Defaults of `defineCalls`, and what calls without a handler do. */
export interface CallDefaults {
  /** Weight of calls that declare none (each call must have one or the other). */
  readonly weight?: bigint;
  /** Declared calls without a handler dispatch to this (and carry its docs); without it every call needs a handler. */
  readonly unimplemented?: {
    readonly dispatch: (ctx: DispatchContext) => void;
    readonly docs: readonly string[];
  };
}

/**
 * Joins a call table with its handlers into the declarations dispatch and metadata use.
 *
 * @example
 * export const timestampCalls = defineCalls(
 *   { set: call(0, { now: Moment }, { class: 'Mandatory', pays: 'No' }) },
 *   { set: (ctx, origin, { now }) => Now.set(ctx.state, now) },
 *   { weight: 9_000_000n },
 * );
 */
export function defineCalls<T extends CallTable>(
  table: T,
  handlers: CallHandlers<T>,
  defaults: CallDefaults = {},
): CallDecl[] {
  const decls: CallDecl[] = [];
  for (const name in table) {
    const spec = table[name];
    const handler = handlers[name];
    const fallback = defaults.unimplemented;
    if (handler === undefined && fallback === undefined) throw new Error(`call ${name} has no handler`);
    const fixed = defaults.weight;
    const weight = spec.weight ?? (fixed === undefined ? undefined : () => fixed);
    if (weight === undefined) throw new Error(`call ${name} has no weight`);
    // The runtime decodes `args` with this call's own field types, whose values are the TS types
    // `FieldsValue` names (scale-types.ts pairs each SCALE type with its value), so the casts hold.
    type Args = FieldsValue<(typeof spec)['args']>;
    decls.push({
      name,
      index: spec.index,
      args: fieldDefs(spec.args),
      weight: (args) => weight(args as Args),
      pays: spec.pays ?? 'Yes',
      class: spec.class ?? 'Normal',
      docs: spec.docs ?? (handler === undefined ? (fallback?.docs ?? []) : []),
      dispatch:
        handler === undefined
          ? (ctx) => fallback?.dispatch(ctx)
          : (ctx, origin, args) => handler(ctx, origin, args as Args),
    });
  }
  return decls;
}
