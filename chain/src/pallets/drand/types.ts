import { bytes, field, struct, u32, u64 } from '../../frame/primitives.js';

/** `pallet_drand::types::Metadata`. */
const Metadata = struct(['pallet_drand', 'types', 'Metadata'], [field('beacon_id', bytes, 'BoundedHash')]);

/** `BeaconConfiguration` as `BeaconConfig` stores it (SCALE field order of `pallet_drand::types`). */
export const BeaconConfiguration = struct(
  ['pallet_drand', 'types', 'BeaconConfiguration'],
  [
    field('public_key', bytes, 'OpaquePublicKey'),
    field('period', u32, 'u32'),
    field('genesis_time', u32, 'u32'),
    field('hash', bytes, 'BoundedHash'),
    field('group_hash', bytes, 'BoundedHash'),
    field('scheme_id', bytes, 'BoundedHash'),
    field('metadata', Metadata, 'Metadata'),
  ],
);

/** A decoded `BeaconConfiguration`. */
export type BeaconConfigurationValue = {
  public_key: Uint8Array;
  period: number;
  genesis_time: number;
  hash: Uint8Array;
  group_hash: Uint8Array;
  scheme_id: Uint8Array;
  metadata: { beacon_id: Uint8Array };
};

/** `pallet_drand::types::Pulse`. */
export const Pulse = struct(
  ['pallet_drand', 'types', 'Pulse'],
  [
    field('round', u64, 'RoundNumber'),
    field('randomness', bytes, 'BoundedVec<u8, ConstU32<32>>'),
    field('signature', bytes, 'BoundedVec<u8, ConstU32<144>>'),
  ],
);

/** A decoded `Pulse`. */
export type PulseValue = { round: bigint; randomness: Uint8Array; signature: Uint8Array };
