import { Balance, bytes, DispatchClass, field, struct, Weight } from '../frame/primitives.js';
import { apiMethod, type RuntimeApiDecl, RuntimeVersion, runtimeVersionValue } from '../frame/runtime-api.js';
import type { TypeDef } from '../frame/scale/type-def.js';
import { AccountId, H256, Option, scaleType, u32, Vec, type WeightValue } from '../frame/scale-types.js';
import { TransactionSource, TransactionValidity } from '../frame/transaction-validity.js';
import { Account } from '../pallets/system/storage.js';

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
          (host) => runtimeVersionValue(host.version()),
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
      name: 'TaggedTransactionQueue',
      version: 3,
      docs: [' The `TaggedTransactionQueue` api trait for interfering with the transaction queue.'],
      methods: [
        apiMethod(
          'validate_transaction',
          { source: TransactionSource, tx: uxt, block_hash: H256 },
          TransactionValidity,
          (host, { tx, block_hash }) => host.validateTransaction(tx, block_hash),
          ' Validate the transaction.',
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
