import {
  AccountId32,
  enumType,
  field,
  H256,
  sequence,
  struct,
  type TypeDef,
  u32,
  variant,
} from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';
import { AccountData, type AccountDataValue } from '../balances/types.js';

/** `frame_system::AccountInfo<Nonce, AccountData>`. */
export const AccountInfo = struct(
  ['frame_system', 'AccountInfo'],
  [
    field('nonce', u32, 'Nonce'),
    field('consumers', u32, 'RefCount'),
    field('providers', u32, 'RefCount'),
    field('sufficients', u32, 'RefCount'),
    field('data', AccountData, 'AccountData'),
  ],
  [
    { name: 'Nonce', type: u32 },
    { name: 'AccountData', type: AccountData },
  ],
);

/** Decoded `AccountInfo`. */
export interface AccountInfoValue {
  nonce: number;
  consumers: number;
  providers: number;
  sufficients: number;
  data: AccountDataValue;
}

/** The value of an absent account. */
export const EMPTY_ACCOUNT: AccountInfoValue = {
  nonce: 0,
  consumers: 0,
  providers: 0,
  sufficients: 0,
  data: { free: 0n, reserved: 0n, frozen: 0n, flags: 0n },
};

/** `frame_system::Phase`. */
export const Phase = enumType(
  ['frame_system', 'Phase'],
  [
    variant(0, 'ApplyExtrinsic', [field(null, u32, 'u32')]),
    variant(1, 'Finalization'),
    variant(2, 'Initialization'),
  ],
);

/**
 * `frame_system::EventRecord<RuntimeEvent, H256>` for the given outer event type.
 *
 * @example
 * const record = eventRecordType(outer.runtimeEvent);
 */
export function eventRecordType(runtimeEvent: TypeDef): TypeDef {
  return struct(
    ['frame_system', 'EventRecord'],
    [
      field('phase', Phase, 'Phase'),
      field('event', runtimeEvent, 'E'),
      field('topics', sequence(H256), 'Vec<T>'),
    ],
    [
      { name: 'E', type: runtimeEvent },
      { name: 'T', type: H256 },
    ],
  );
}

export const Account = storageItem<[Uint8Array], AccountInfoValue>({
  pallet: 'System',
  name: 'Account',
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  value: AccountInfo,
  default: EMPTY_ACCOUNT,
  docs: [' The full account information for a particular account ID.'],
});

export const ExtrinsicCount = storageItem<[], number | undefined>({
  pallet: 'System',
  name: 'ExtrinsicCount',
  value: u32,
  docs: [' Total extrinsics count for the current block.'],
});

export const BlockHash = storageItem<[number], Uint8Array>({
  pallet: 'System',
  name: 'BlockHash',
  keys: [{ hasher: 'Twox64Concat', type: u32 }],
  value: H256,
  default: new Uint8Array(32),
  docs: [' Map of block numbers to block hashes.'],
});

export const BlockNumber = storageItem<[], number>({
  pallet: 'System',
  name: 'Number',
  value: u32,
  default: 0,
  docs: [' The current block number being processed. Set by `execute_block`.'],
});

export const ParentHash = storageItem<[], Uint8Array>({
  pallet: 'System',
  name: 'ParentHash',
  value: H256,
  default: new Uint8Array(32),
  docs: [' Hash of the previous block.'],
});

export const EventCount = storageItem<[], number>({
  pallet: 'System',
  name: 'EventCount',
  value: u32,
  default: 0,
  docs: [' The number of events in the `Events<T>` list.'],
});

/**
 * `System.Events`, typed by the runtime's outer event enum.
 *
 * @example
 * const Events = eventsItem(outer.runtimeEvent); Events.get(state); // EventRecord values
 */
export function eventsItem(runtimeEvent: TypeDef) {
  return storageItem<[], unknown[]>({
    pallet: 'System',
    name: 'Events',
    value: sequence(eventRecordType(runtimeEvent)),
    default: [],
    docs: [' Events deposited for the current block.'],
  });
}
