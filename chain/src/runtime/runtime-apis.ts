import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import {
  AccountId32,
  array,
  Balance,
  bytes,
  DispatchClass,
  field,
  option,
  sequence,
  str,
  struct,
  tuple,
  u8,
  u32,
  Weight,
} from '../frame/primitives.js';
import type { TypeDef } from '../frame/scale/type-def.js';
import type { StateReader } from '../frame/state.js';
import { Account } from '../pallets/system/storage.js';

/** `sp_version::RuntimeVersion`. */
export const RuntimeVersionType = struct(
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
);

/** `sp_core::OpaqueMetadata`. */
export const OpaqueMetadata = struct(['sp_core', 'OpaqueMetadata'], [field(null, bytes, 'Vec<u8>')]);

/** `pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, Weight>`. */
export const RuntimeDispatchInfo = struct(
  ['pallet_transaction_payment', 'types', 'RuntimeDispatchInfo'],
  [
    field('weight', Weight, 'Weight'),
    field('class', DispatchClass, 'DispatchClass'),
    field('partial_fee', Balance, 'Balance'),
  ],
  [
    { name: 'Balance', type: Balance },
    { name: 'Weight', type: Weight },
  ],
);

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
  ): { weight: bigint; proofSize: bigint; class: string; partialFee: bigint };
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

/** One runtime API method: its metadata signature and implementation. */
export interface RuntimeApiMethod {
  readonly name: string;
  readonly inputs: readonly { name: string; type: TypeDef }[];
  readonly output: TypeDef;
  readonly docs?: readonly string[];
  readonly call: (host: RuntimeApiHost, args: unknown[]) => unknown;
  /**
   * The SCALE bytes of `call`'s result, written directly (equal to `encode(output, call(host, args))`);
   * `callApi` prefers it. For answers too large to build as codec values first.
   */
  readonly callEncoded?: (host: RuntimeApiHost, args: unknown[]) => Uint8Array;
}

/** One runtime API (trait) with its version. */
export interface RuntimeApiDecl {
  readonly name: string;
  readonly version: number;
  readonly methods: readonly RuntimeApiMethod[];
  readonly docs?: readonly string[];
}

/** `blake2_64(name)` as hex: the id of a runtime API in `RuntimeVersion.apis`. @example apiId('Core') // '0xdf6acb689907609b' */
export function apiId(name: string): string {
  return u8aToHex(blake2AsU8a(name, 64));
}

/**
 * The runtime APIs the devnet implements (one declaration serves metadata V15 and `state_call`).
 *
 * @example
 * const apis = runtimeApis(uncheckedExtrinsicType(runtimeCall));
 */
export function runtimeApis(extrinsicType: TypeDef): RuntimeApiDecl[] {
  return [
    {
      name: 'Core',
      version: 5,
      docs: [' The `Core` runtime api that every Substrate runtime needs to implement.'],
      methods: [
        {
          name: 'version',
          inputs: [],
          output: RuntimeVersionType,
          docs: [' Returns the version of the runtime.'],
          call: (host) => {
            const v = host.version();
            return {
              spec_name: v.specName,
              impl_name: v.implName,
              authoring_version: v.authoringVersion,
              spec_version: v.specVersion,
              impl_version: v.implVersion,
              apis: v.apis.map(([id, version]) => [Buffer.from(id.slice(2), 'hex'), version]),
              transaction_version: v.transactionVersion,
              system_version: v.stateVersion,
            };
          },
        },
      ],
    },
    {
      name: 'Metadata',
      version: 2,
      docs: [' The `Metadata` api trait that returns metadata for the runtime.'],
      methods: [
        {
          name: 'metadata',
          inputs: [],
          output: OpaqueMetadata,
          docs: [' Returns the metadata of a runtime.'],
          call: (host) => host.metadata(14),
        },
        {
          name: 'metadata_at_version',
          inputs: [{ name: 'version', type: u32 }],
          output: option(OpaqueMetadata),
          docs: [' Returns the metadata at a given version.'],
          call: (host, [version]) => {
            const m = host.metadata(version as number);
            return m === undefined ? { type: 'None' } : { type: 'Some', value: m };
          },
        },
        {
          name: 'metadata_versions',
          inputs: [],
          output: sequence(u32),
          docs: [' Returns the supported metadata versions.'],
          call: (host) => host.metadataVersions(),
        },
      ],
    },
    {
      name: 'AccountNonceApi',
      version: 1,
      docs: [' The API to query account nonce.'],
      methods: [
        {
          name: 'account_nonce',
          inputs: [{ name: 'account', type: AccountId32 }],
          output: u32,
          docs: [' Get current account nonce of given `AccountId`.'],
          call: (host, [account]) => Account.get(host.state, account as Uint8Array).nonce,
        },
      ],
    },
    {
      name: 'TransactionPaymentApi',
      version: 4,
      methods: [
        {
          name: 'query_info',
          inputs: [
            { name: 'uxt', type: extrinsicType },
            { name: 'len', type: u32 },
          ],
          output: RuntimeDispatchInfo,
          call: (host, [uxt, len]) => {
            const info = host.queryInfo(uxt as Uint8Array, len as number);
            return {
              weight: { ref_time: info.weight, proof_size: info.proofSize },
              class: { type: info.class },
              partial_fee: info.partialFee,
            };
          },
        },
      ],
    },
  ];
}
