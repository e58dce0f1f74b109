import {
  array,
  Balance,
  bytes,
  DispatchClass,
  field,
  sequence,
  str,
  struct,
  tuple,
  u8,
  u32 as u32Def,
  Weight,
} from '../frame/primitives.js';
import { apiMethod, type RuntimeApiDecl } from '../frame/runtime-api.js';
import type { TypeDef } from '../frame/scale/type-def.js';
import { AccountId, Option, scaleType, u32, Vec, type WeightValue } from '../frame/scale-types.js';
import { Account } from '../pallets/system/storage.js';

/** `sp_version::RuntimeVersion`. */
const RuntimeVersionType = struct(
  ['sp_version', 'RuntimeVersion'],
  [
    field('spec_name', str, "Cow<'static, str>"),
    field('impl_name', str, "Cow<'static, str>"),
    field('authoring_version', u32Def, 'u32'),
    field('spec_version', u32Def, 'u32'),
    field('impl_version', u32Def, 'u32'),
    field('apis', sequence(tuple(array(8, u8), u32Def)), 'ApisVec'),
    field('transaction_version', u32Def, 'u32'),
    field('system_version', u8, 'u8'),
  ],
);

/** `sp_core::OpaqueMetadata`. */
const OpaqueMetadata = struct(['sp_core', 'OpaqueMetadata'], [field(null, bytes, 'Vec<u8>')]);

/** `pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, Weight>`. */
const RuntimeDispatchInfo = struct(
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

const RuntimeVersion = scaleType<{
  spec_name: string;
  impl_name: string;
  authoring_version: number;
  spec_version: number;
  impl_version: number;
  apis: [Uint8Array, number][];
  transaction_version: number;
  system_version: number;
}>(RuntimeVersionType, undefined);
const Metadata = scaleType<Uint8Array>(OpaqueMetadata, undefined);
const DispatchInfo = scaleType<{
  weight: WeightValue;
  class: { type: 'Normal' | 'Operational' | 'Mandatory' };
  partial_fee: bigint;
}>(RuntimeDispatchInfo, undefined);

/**
 * The runtime APIs the devnet implements (one declaration serves metadata V15 and `state_call`).
 *
 * @example
 * const apis = runtimeApis(uncheckedExtrinsicType(runtimeCall));
 */
export function runtimeApis(extrinsicType: TypeDef): RuntimeApiDecl[] {
  const uxt = scaleType<Uint8Array>(extrinsicType, undefined);
  return [
    {
      name: 'Core',
      version: 5,
      docs: [' The `Core` runtime api that every Substrate runtime needs to implement.'],
      methods: [
        apiMethod(
          'version',
          {},
          RuntimeVersion,
          (host) => {
            const v = host.version();
            return {
              spec_name: v.specName,
              impl_name: v.implName,
              authoring_version: v.authoringVersion,
              spec_version: v.specVersion,
              impl_version: v.implVersion,
              apis: v.apis.map(([id, version]): [Uint8Array, number] => [
                Buffer.from(id.slice(2), 'hex'),
                version,
              ]),
              transaction_version: v.transactionVersion,
              system_version: v.stateVersion,
            };
          },
          ' Returns the version of the runtime.',
        ),
      ],
    },
    {
      name: 'Metadata',
      version: 2,
      docs: [' The `Metadata` api trait that returns metadata for the runtime.'],
      methods: [
        apiMethod(
          'metadata',
          {},
          Metadata,
          (host) => host.metadata(14) ?? new Uint8Array(),
          ' Returns the metadata of a runtime.',
        ),
        apiMethod(
          'metadata_at_version',
          { version: u32 },
          Option(Metadata),
          (host, { version }) => {
            const m = host.metadata(version);
            return m === undefined ? { type: 'None' } : { type: 'Some', value: m };
          },
          ' Returns the metadata at a given version.',
        ),
        apiMethod(
          'metadata_versions',
          {},
          Vec(u32),
          (host) => host.metadataVersions(),
          ' Returns the supported metadata versions.',
        ),
      ],
    },
    {
      name: 'AccountNonceApi',
      version: 1,
      docs: [' The API to query account nonce.'],
      methods: [
        apiMethod(
          'account_nonce',
          { account: AccountId },
          u32,
          (host, { account }) => Account.get(host.state, account).nonce,
          ' Get current account nonce of given `AccountId`.',
        ),
      ],
    },
    {
      name: 'TransactionPaymentApi',
      version: 4,
      methods: [
        apiMethod('query_info', { uxt, len: u32 }, DispatchInfo, (host, { uxt, len }) => {
          const info = host.queryInfo(uxt, len);
          return {
            weight: { ref_time: info.weight, proof_size: info.proofSize },
            class: { type: info.class },
            partial_fee: info.partialFee,
          };
        }),
      ],
    },
  ];
}
