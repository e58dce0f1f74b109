import type { EnumValue } from './scale/codec.js';
import type { FieldDef, TypeDef } from './scale/type-def.js';
import type { StateOverlay } from './state.js';
import type { StorageItem } from './storage-item.js';

/** Who dispatched a call. */
export type Origin =
  | { readonly type: 'Root' }
  | { readonly type: 'Signed'; readonly who: Uint8Array }
  | { readonly type: 'None' };

/** A dispatch error as data: a pallet error by name, or another `sp_runtime::DispatchError` variant. */
export type DispatchErrorValue =
  | { readonly module: string; readonly error: string }
  | { readonly other: EnumValue };

/**
 * Thrown by call handlers to fail a dispatch; the runtime rolls back the call's writes and emits
 * `System.ExtrinsicFailed` with the matching `DispatchError`.
 *
 * @example
 * throw new DispatchFailure({ module: 'Sudo', error: 'RequireSudo' });
 */
export class DispatchFailure extends Error {
  override readonly name = 'DispatchFailure';
  constructor(readonly error: DispatchErrorValue) {
    super('module' in error ? `${error.module}.${error.error}` : `DispatchError.${error.other.type}`);
  }
}

/** A decoded call: pallet, call name and named arguments. */
export interface DecodedCall {
  readonly pallet: string;
  readonly name: string;
  readonly args: Record<string, unknown>;
}

/** What a call handler can do. */
export interface DispatchContext {
  readonly state: StateOverlay;
  /** The number of the block being built. */
  readonly blockNumber: number;
  /** Emits an event of a pallet (indices are resolved by the runtime). */
  deposit(pallet: string, event: string, data?: unknown): void;
  /** Reads a constant's value as declared. */
  constant<T>(pallet: string, name: string): T;
  /** Dispatches a nested outer `RuntimeCall` value in its own transactional layer; returns the error or undefined. */
  dispatch(call: EnumValue, origin: Origin): DispatchErrorValue | undefined;
}

/** A call declaration; arguments, index and names follow the real pallet. */
export interface CallDecl {
  readonly name: string;
  readonly index: number;
  readonly args: readonly FieldDef[];
  /** Reference-time weight of the call. */
  readonly weight: (args: Record<string, unknown>) => bigint;
  readonly pays?: 'Yes' | 'No';
  readonly class?: 'Normal' | 'Operational' | 'Mandatory';
  readonly docs?: readonly string[];
  readonly dispatch: (ctx: DispatchContext, origin: Origin, args: Record<string, unknown>) => void;
}

/** An event declaration. */
export interface EventDecl {
  readonly name: string;
  readonly index: number;
  readonly fields: readonly FieldDef[];
  readonly docs?: readonly string[];
}

/** A constant declaration. */
export interface ConstantDecl {
  readonly name: string;
  readonly type: TypeDef;
  readonly value: unknown;
  readonly docs?: readonly string[];
}

/** A pallet: everything metadata, dispatch and docs derive from. */
export interface PalletDecl {
  readonly name: string;
  readonly index: number;
  /** The Rust crate name, used for type paths (`pallet_balances`). */
  readonly crate: string;
  readonly docs?: readonly string[];
  readonly calls: readonly CallDecl[];
  // biome-ignore lint/suspicious/noExplicitAny: storage items of any key/value types.
  readonly storage: readonly StorageItem<any, any>[];
  readonly events: readonly EventDecl[];
  /** Error names in declaration order (index = position). */
  readonly errors: readonly string[];
  readonly constants: readonly ConstantDecl[];
  /** Writes the pallet's genesis state. */
  readonly genesis?: (state: StateOverlay, config: GenesisConfig) => void;
  /** Runs at the start of each block, before extrinsics. */
  readonly onInitialize?: (ctx: DispatchContext) => void;
}

/** Chain-wide genesis configuration shared by all pallets. */
export interface GenesisConfig {
  /** `[accountId, free balance]` pairs. */
  readonly endowed: readonly (readonly [Uint8Array, bigint])[];
  /** The sudo key. */
  readonly sudoKey: Uint8Array | undefined;
}

/**
 * Declares a pallet (identity function that checks the shape).
 *
 * @example
 * export const timestamp = definePallet({ name: 'Timestamp', index: 2, crate: 'pallet_timestamp', calls, storage, events: [], errors: [], constants });
 */
export function definePallet(decl: PalletDecl): PalletDecl {
  return decl;
}

/** `Signed` origin's account, or a `BadOrigin` failure. @example const who = ensureSigned(origin); */
export function ensureSigned(origin: Origin): Uint8Array {
  if (origin.type !== 'Signed') throw new DispatchFailure({ other: { type: 'BadOrigin' } });
  return origin.who;
}

/** Fails with `BadOrigin` unless the origin is root. @example ensureRoot(origin); */
export function ensureRoot(origin: Origin): void {
  if (origin.type !== 'Root') throw new DispatchFailure({ other: { type: 'BadOrigin' } });
}
