/** Event tables: `event(…)` entries, metadata declarations and a `deposit` typed by the table. */
import type { DispatchContext } from './define-pallet.js';
import { type Fields, type FieldsValue, fieldDefs } from './fields.js';
import type { FieldDef } from './scale/type-def.js';

/** An event declaration as metadata sees it (made by `defineEvents`). */
export interface EventDecl {
  readonly name: string;
  readonly index: number;
  readonly fields: readonly FieldDef[];
  readonly docs: readonly string[];
}

/** One entry of a pallet's event table. */
export interface EventSpec<F extends Fields> {
  readonly index: number;
  readonly fields: F;
  readonly docs: readonly string[];
}

/**
 * Declares an event: its index, its fields (named, or unnamed as a tuple) and its doc lines.
 *
 * @example
 * const StakeAdded = event(2, [AccountId, AccountId, TaoBalance, AlphaBalance, NetUid, u64]);
 */
export function event<const F extends Fields>(index: number, fields: F, ...docs: string[]): EventSpec<F> {
  return { index, fields, docs };
}

/** A pallet's event table: event name → `event(…)`, in declaration order. */
export type EventTable = { readonly [name: string]: EventSpec<Fields> };

/** The data arguments of depositing an event: none for an event without fields. */
export type EventArgs<E> =
  E extends EventSpec<infer F> ? (F extends readonly [] ? [] : [data: FieldsValue<F>]) : never;

/** A pallet's events: metadata declarations and a `deposit` typed by the table. */
export interface PalletEvents<T extends EventTable> {
  readonly pallet: string;
  readonly decls: readonly EventDecl[];
  /**
   * Deposits one of this pallet's events; the name must be declared and the data must have its fields' types.
   *
   * @example
   * subtensorEvents.deposit(ctx, 'NetworkAdded', [netuid, 1]);
   */
  deposit<N extends keyof T & string>(ctx: EventSink, name: N, ...data: EventArgs<T[N]>): void;
  /**
   * A function that deposits event `name`, for handlers built from shared code (a setter that emits
   * the event its table entry names).
   *
   * @example
   * const kappaSet = subtensorEvents.depositor('KappaSet'); kappaSet(ctx, [netuid, kappa]);
   */
  depositor<N extends keyof T & string>(name: N): (ctx: EventSink, ...data: EventArgs<T[N]>) => void;
}

/** Where events go: the `deposit` of a `DispatchContext`. */
export type EventSink = Pick<DispatchContext, 'deposit'>;

/**
 * Declares a pallet's events.
 *
 * @example
 * export const sudoEvents = defineEvents('Sudo', { KeyRemoved: event(2, [], ' The key was permanently removed.') });
 * sudoEvents.deposit(ctx, 'KeyRemoved');
 */
export function defineEvents<const T extends EventTable>(pallet: string, table: T): PalletEvents<T> {
  return {
    pallet,
    decls: Object.entries(table).map(([name, e]) => ({
      name,
      index: e.index,
      fields: fieldDefs(e.fields),
      docs: e.docs,
    })),
    deposit: (ctx, name, ...data) => ctx.deposit(pallet, name, data[0]),
    depositor:
      (name) =>
      (ctx, ...data) =>
        ctx.deposit(pallet, name, data[0]),
  };
}
