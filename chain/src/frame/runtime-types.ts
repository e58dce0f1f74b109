import type { PalletDecl } from './define-pallet.js';
import {
  Balance,
  compact,
  Era,
  enumType,
  field,
  H256,
  MultiAddress,
  MultiSignature,
  sequence,
  struct,
  tuple,
  u8,
  u32,
  unit,
  variant,
} from './primitives.js';
import type { TypeDef } from './scale/type-def.js';

/** The runtime crate name used in outer type paths (`node_subtensor_runtime::RuntimeCall`). */
export const RUNTIME_CRATE = 'node_subtensor_runtime';

const palletParams = [{ name: 'T', type: null }];

/** A pallet's `Call` enum, or undefined when it has no calls. @example palletCallType(balancesPallet) */
export function palletCallType(p: PalletDecl): TypeDef | undefined {
  if (p.calls.length === 0) return undefined;
  return enumType(
    [p.crate, 'pallet', 'Call'],
    p.calls.map((c) => variant(c.index, c.name, [...c.args], [...(c.docs ?? [])])),
    palletParams,
  );
}

/** A pallet's `Event` enum, or undefined when it has no events. @example palletEventType(balancesPallet) */
export function palletEventType(p: PalletDecl): TypeDef | undefined {
  if (p.events.length === 0) return undefined;
  return enumType(
    [p.crate, 'pallet', 'Event'],
    p.events.map((e) => variant(e.index, e.name, [...e.fields], [...(e.docs ?? [])])),
    palletParams,
  );
}

/**
 * An error's one-line doc, spelled from its name (`SlippageTooHigh` → `Slippage too high.`). Clients show an
 * error's docs beside its name, and btcli reads a module error with empty docs as `UnknownError(UnknownType)`.
 *
 * @example
 * errorDoc('NotEnoughStakeToWithdraw') // 'Not enough stake to withdraw.'
 */
export function errorDoc(name: string): string {
  const words = name.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
  const sentence = words.map((w, i) => (i === 0 || /^[A-Z0-9]+$/.test(w) ? w : w.toLowerCase())).join(' ');
  return `${sentence}.`;
}

/** A pallet's `Error` enum, or undefined when it has no errors. @example palletErrorType(sudo) */
export function palletErrorType(p: PalletDecl): TypeDef | undefined {
  if (p.errors.length === 0) return undefined;
  return enumType(
    [p.crate, 'pallet', 'Error'],
    p.errors.map((name, i) => variant(i, name, [], [errorDoc(name)])),
    palletParams,
  );
}

/** Per-pallet enum types and the outer enums built from them. */
export interface OuterTypes {
  readonly calls: Map<string, TypeDef>;
  readonly events: Map<string, TypeDef>;
  readonly errors: Map<string, TypeDef>;
  readonly runtimeCall: TypeDef;
  readonly runtimeEvent: TypeDef;
  readonly runtimeError: TypeDef;
  readonly runtime: TypeDef;
}

/**
 * Builds `RuntimeCall`, `RuntimeEvent` and `RuntimeError` (variant index = pallet index) from the pallets.
 *
 * @example
 * const outer = buildOuterTypes(pallets);
 */
export function buildOuterTypes(pallets: readonly PalletDecl[]): OuterTypes {
  const calls = new Map<string, TypeDef>();
  const events = new Map<string, TypeDef>();
  const errors = new Map<string, TypeDef>();
  for (const p of pallets) {
    const c = palletCallType(p);
    const e = palletEventType(p);
    const r = palletErrorType(p);
    if (c) calls.set(p.name, c);
    if (e) events.set(p.name, e);
    if (r) errors.set(p.name, r);
  }
  const outer = (name: string, inner: Map<string, TypeDef>, typeName: string) =>
    enumType(
      [RUNTIME_CRATE, name],
      pallets
        .filter((p) => inner.has(p.name))
        .map((p) =>
          variant(p.index, p.name, [field(null, inner.get(p.name)!, `${p.crate}::${typeName}<Runtime>`)]),
        ),
    );
  return {
    calls,
    events,
    errors,
    runtimeCall: outer('RuntimeCall', calls, 'Call'),
    runtimeEvent: outer('RuntimeEvent', events, 'Event'),
    runtimeError: outer('RuntimeError', errors, 'Error'),
    runtime: struct([RUNTIME_CRATE, 'Runtime'], []),
  };
}

/** One signed extension: its identifier, its in-extrinsic type and its additional-signed type. */
export interface SignedExtensionDef {
  readonly identifier: string;
  readonly type: TypeDef;
  readonly additionalSigned: TypeDef;
}

const ext = (path: string[], fields: ReturnType<typeof field>[] = []) =>
  struct(path, fields, [{ name: 'T', type: null }]);

/** The signed extensions, in encoding order, as a Substrate node declares them. */
export const SIGNED_EXTENSIONS: readonly SignedExtensionDef[] = [
  {
    identifier: 'CheckNonZeroSender',
    type: ext(['frame_system', 'extensions', 'check_non_zero_sender', 'CheckNonZeroSender']),
    additionalSigned: unit,
  },
  {
    identifier: 'CheckSpecVersion',
    type: ext(['frame_system', 'extensions', 'check_spec_version', 'CheckSpecVersion']),
    additionalSigned: u32,
  },
  {
    identifier: 'CheckTxVersion',
    type: ext(['frame_system', 'extensions', 'check_tx_version', 'CheckTxVersion']),
    additionalSigned: u32,
  },
  {
    identifier: 'CheckGenesis',
    type: ext(['frame_system', 'extensions', 'check_genesis', 'CheckGenesis']),
    additionalSigned: H256,
  },
  {
    identifier: 'CheckMortality',
    type: ext(['frame_system', 'extensions', 'check_mortality', 'CheckMortality'], [field(null, Era, 'Era')]),
    additionalSigned: H256,
  },
  {
    identifier: 'CheckNonce',
    type: ext(
      ['frame_system', 'extensions', 'check_nonce', 'CheckNonce'],
      [field(null, compact(u32), 'T::Nonce')],
    ),
    additionalSigned: unit,
  },
  {
    identifier: 'CheckWeight',
    type: ext(['frame_system', 'extensions', 'check_weight', 'CheckWeight']),
    additionalSigned: unit,
  },
  {
    identifier: 'ChargeTransactionPayment',
    type: ext(
      ['pallet_transaction_payment', 'ChargeTransactionPayment'],
      [field(null, compact(Balance), 'BalanceOf<T>')],
    ),
    additionalSigned: unit,
  },
];

/** The `Extra` tuple of all signed extensions. */
export const extraType: TypeDef = tuple(...SIGNED_EXTENSIONS.map((e) => e.type));

/**
 * `sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<Address, Call, Signature, Extra>`.
 *
 * @example
 * const extrinsicType = uncheckedExtrinsicType(outer.runtimeCall);
 */
export function uncheckedExtrinsicType(runtimeCall: TypeDef): TypeDef {
  return struct(
    ['sp_runtime', 'generic', 'unchecked_extrinsic', 'UncheckedExtrinsic'],
    [field(null, sequence(u8))],
    [
      { name: 'Address', type: MultiAddress },
      { name: 'Call', type: runtimeCall },
      { name: 'Signature', type: MultiSignature },
      { name: 'Extra', type: extraType },
    ],
  );
}
