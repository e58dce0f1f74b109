import { BaseError } from '@subnetkit/errors';
import type { CallDecl } from './define-calls.js';
import type { EventDecl } from './define-events.js';
import type { EnumValue } from './scale/codec.js';
import type { TypeDef } from './scale/type-def.js';
import type { ScaleType } from './scale-types.js';
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
 * Thrown by call handlers to fail a dispatch (`CHAIN_DISPATCH_FAILED`); the runtime rolls back the call's writes
 * and emits `System.ExtrinsicFailed` with the matching `DispatchError`, so `error` is data, never text.
 *
 * @example
 * throw new DispatchFailure({ module: 'Sudo', error: 'RequireSudo' });
 */
export class DispatchFailure extends BaseError<'CHAIN_DISPATCH_FAILED'> {
  override readonly name = 'DispatchFailure';
  constructor(readonly error: DispatchErrorValue) {
    super(
      'CHAIN_DISPATCH_FAILED',
      'module' in error ? `${error.module}.${error.error}` : `DispatchError.${error.other.type}`,
    );
  }
}

/** What a call handler, a hook and the pallet code they call can do while a block is built. */
export interface DispatchContext {
  readonly state: StateOverlay;
  /** The number of the block being built. */
  readonly blockNumber: number;
  /**
   * Appends an event of a pallet (indices are resolved by the runtime). Pallets deposit through their
   * `defineEvents` table, whose `deposit` types the event name and its data.
   */
  deposit(pallet: string, event: string, data: unknown): void;
  /** Dispatches a nested outer `RuntimeCall` value in its own transactional layer; returns the error or undefined. */
  dispatch(call: EnumValue, origin: Origin): DispatchErrorValue | undefined;
}

/** What depositing an event needs: account writes at genesis have no block to dispatch in. */
export type EventContext = Pick<DispatchContext, 'state' | 'deposit'>;

/** A constant declaration. */
export interface ConstantDecl {
  readonly name: string;
  readonly type: TypeDef;
  readonly value: unknown;
  readonly docs: readonly string[];
}

/**
 * Declares a constant whose value has its SCALE type's TS type.
 *
 * @example
 * constant('InitialTempo', u16, 360, ' Initial tempo of a subnet.')
 */
export function constant<V>(name: string, type: ScaleType<V>, value: V, ...docs: string[]): ConstantDecl {
  return { name, type: type.def, value, docs };
}

/** A pallet: everything metadata, dispatch and docs derive from. */
export interface PalletDecl {
  readonly name: string;
  readonly index: number;
  /** The Rust crate name, used for type paths (`pallet_balances`). */
  readonly crate: string;
  readonly docs: readonly string[];
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

/** What `definePallet` takes: the parts a pallet has, each declared once. */
export interface PalletDefinition {
  readonly name: string;
  readonly index: number;
  readonly crate: string;
  readonly docs?: readonly string[];
  readonly calls?: readonly CallDecl[];
  // biome-ignore lint/suspicious/noExplicitAny: storage items of any key/value types.
  readonly storage?: readonly StorageItem<any, any>[];
  readonly events?: { readonly pallet: string; readonly decls: readonly EventDecl[] };
  readonly errors?: { readonly pallet: string; readonly names: readonly string[] };
  readonly constants?: readonly ConstantDecl[];
  readonly genesis?: (state: StateOverlay, config: GenesisConfig) => void;
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
 * Declares a pallet from its parts; its events and errors must be declared under its name.
 *
 * @example
 * export const sudoPallet = definePallet({ name: 'Sudo', index: 12, crate: 'pallet_sudo', calls, storage: [Key], events: sudoEvents, errors: sudoErrors });
 */
export function definePallet(def: PalletDefinition): PalletDecl {
  for (const part of [def.events, def.errors]) {
    if (part !== undefined && part.pallet !== def.name) {
      throw new Error(`${def.name} declares parts of pallet ${part.pallet}`);
    }
  }
  return {
    name: def.name,
    index: def.index,
    crate: def.crate,
    docs: def.docs ?? [],
    calls: def.calls ?? [],
    storage: def.storage ?? [],
    events: def.events?.decls ?? [],
    errors: def.errors?.names ?? [],
    constants: def.constants ?? [],
    ...(def.genesis === undefined ? {} : { genesis: def.genesis }),
    ...(def.onInitialize === undefined ? {} : { onInitialize: def.onInitialize }),
  };
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
