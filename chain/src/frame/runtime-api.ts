/**
 * Runtime API declarations (`sp_api::decl_runtime_apis!`): each method's metadata signature and its
 * implementation, typed by the SCALE types of its inputs and output. One declaration serves metadata
 * V15 and `state_call`.
 */
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import type { FieldsValue, NamedFields } from './fields.js';
import { array, field, sequence, str, struct, tuple, u8, u32 } from './primitives.js';
import { type EnumValue, encode } from './scale/codec.js';
import type { TypeDef } from './scale/type-def.js';
import { type ScaleType, scaleType } from './scale-types.js';
import type { StateReader } from './state.js';

/** What runtime API implementations can ask of the node's runtime. */
export interface RuntimeApiHost {
  readonly state: StateReader;
  version(): RuntimeVersionValue;
  metadata(version: number): Uint8Array | undefined;
  metadataVersions(): number[];
  /** Weight, class and fee of an extrinsic (bytes include the length prefix). */
  queryInfo(
    extrinsic: Uint8Array,
    length: number,
  ): { weight: bigint; proofSize: bigint; class: 'Normal' | 'Operational' | 'Mandatory'; partialFee: bigint };
  /**
   * The `TransactionValidity` of an extrinsic (bytes without the length prefix) on top of block
   * `blockHash`, from the checks the transaction pool runs.
   */
  validateTransaction(extrinsic: Uint8Array, blockHash: Uint8Array): EnumValue;
}

/** The runtime version as served by `state_getRuntimeVersion` (JSON names). */
export interface RuntimeVersionValue {
  specName: string;
  implName: string;
  authoringVersion: number;
  specVersion: number;
  implVersion: number;
  apis: [string, number][];
  transactionVersion: number;
  stateVersion: number;
}

/** `sp_version::RuntimeVersion` as SCALE values (`apis` ids as bytes). */
export interface RuntimeVersionScale {
  spec_name: string;
  impl_name: string;
  authoring_version: number;
  spec_version: number;
  impl_version: number;
  apis: [Uint8Array, number][];
  transaction_version: number;
  system_version: number;
}

/** `sp_version::RuntimeVersion`: `Core_version`'s result and the `System.Version` constant. */
export const RuntimeVersion = scaleType<RuntimeVersionScale>(
  struct(
    ['sp_version', 'RuntimeVersion'],
    [
      field('spec_name', str, "Cow<'static, str>"),
      field('impl_name', str, "Cow<'static, str>"),
      field('authoring_version', u32, 'u32'),
      field('spec_version', u32, 'u32'),
      field('impl_version', u32, 'u32'),
      field('apis', sequence(tuple(array(8, u8), u32)), 'ApisVec'),
      field('transaction_version', u32, 'u32'),
      field('system_version', u8, 'u8'),
    ],
  ),
  'RuntimeVersion',
);

/**
 * The SCALE value of a runtime version.
 *
 * @example
 * encode(RuntimeVersion.def, runtimeVersionValue(runtime.version))
 */
export function runtimeVersionValue(v: RuntimeVersionValue): RuntimeVersionScale {
  return {
    spec_name: v.specName,
    impl_name: v.implName,
    authoring_version: v.authoringVersion,
    spec_version: v.specVersion,
    impl_version: v.implVersion,
    apis: v.apis.map(([id, version]): [Uint8Array, number] => [Buffer.from(id.slice(2), 'hex'), version]),
    transaction_version: v.transactionVersion,
    system_version: v.stateVersion,
  };
}

/** One runtime API method as metadata and `state_call` see it (made by `apiMethod`). */
export interface RuntimeApiMethod {
  readonly name: string;
  readonly inputs: readonly { readonly name: string; readonly type: TypeDef }[];
  readonly output: TypeDef;
  readonly docs: readonly string[];
  /** The SCALE bytes of the result for the decoded inputs (an object keyed by input name). */
  readonly call: (host: RuntimeApiHost, args: unknown) => Uint8Array;
}

/** One runtime API (trait) with its version. */
export interface RuntimeApiDecl {
  readonly name: string;
  readonly version: number;
  readonly methods: readonly RuntimeApiMethod[];
  readonly docs?: readonly string[];
}

/**
 * A method's implementation: its result as a codec value, or (for answers too large to build as codec
 * values first) its SCALE bytes written directly.
 */
export type ApiImpl<I extends NamedFields, O> =
  | ((host: RuntimeApiHost, args: FieldsValue<I>) => O)
  | { readonly encoded: (host: RuntimeApiHost, args: FieldsValue<I>) => Uint8Array };

/**
 * Declares a runtime API method: named inputs, output type and implementation, typed by them.
 *
 * @example
 * apiMethod('account_nonce', { account: AccountId }, u32, (host, { account }) => Account.get(host.state, account).nonce)
 */
export function apiMethod<const I extends NamedFields, const O>(
  name: string,
  inputs: I,
  output: ScaleType<O>,
  impl: ApiImpl<I, NoInfer<O>>,
  ...docs: string[]
): RuntimeApiMethod {
  return {
    name,
    inputs: Object.entries(inputs).map(([input, t]) => ({ name: input, type: t.def })),
    output: output.def,
    docs,
    // `callApi` decodes the arguments with these inputs' own types, whose values are the TS types
    // `FieldsValue` names (scale-types.ts pairs each SCALE type with its value), so the cast holds.
    call: (host, args) => {
      const typed = args as FieldsValue<I>;
      return typeof impl === 'function' ? encode(output.def, impl(host, typed)) : impl.encoded(host, typed);
    },
  };
}

/** `blake2_64(name)` as hex: the id of a runtime API in `RuntimeVersion.apis`. @example apiId('Core') // '0xdf6acb689907609b' */
export function apiId(name: string): string {
  return u8aToHex(blake2AsU8a(name, 64));
}
