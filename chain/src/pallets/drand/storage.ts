import { hexToU8a } from '@polkadot/util';
import { QUICKNET } from '@subnetkit/drand';
import { u32, u64 } from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';
import { BeaconConfiguration, type BeaconConfigurationValue, Pulse, type PulseValue } from './types.js';

const text = (s: string) => new TextEncoder().encode(s);

/** drand quicknet's configuration: subtensor's `DefaultBeaconConfig`. */
export const QUICKNET_CONFIG: BeaconConfigurationValue = {
  public_key: hexToU8a(QUICKNET.publicKey),
  period: QUICKNET.period,
  genesis_time: QUICKNET.genesisTime,
  hash: hexToU8a(QUICKNET.hash),
  group_hash: hexToU8a(QUICKNET.groupHash),
  scheme_id: text(QUICKNET.schemeId),
  metadata: { beacon_id: text(QUICKNET.beaconId) },
};

/** `Drand.BeaconConfig`: the beacon whose pulses the chain accepts (quicknet by default). */
export const BeaconConfig = storageItem<[], BeaconConfigurationValue>({
  pallet: 'Drand',
  name: 'BeaconConfig',
  value: BeaconConfiguration,
  default: QUICKNET_CONFIG,
  docs: [' the drand beacon configuration'],
});

/** `Drand.Pulses`: round → pulse (`Blake2_128Concat`). */
export const Pulses = storageItem<[bigint], PulseValue | undefined>({
  pallet: 'Drand',
  name: 'Pulses',
  keys: [{ hasher: 'Blake2_128Concat', type: u64 }],
  value: Pulse,
  docs: [' map round number to pulse'],
});

/** `Drand.LastStoredRound`. */
export const LastStoredRound = storageItem<[], bigint>({
  pallet: 'Drand',
  name: 'LastStoredRound',
  value: u64,
  default: 0n,
});

/** `Drand.OldestStoredRound`. */
export const OldestStoredRound = storageItem<[], bigint>({
  pallet: 'Drand',
  name: 'OldestStoredRound',
  value: u64,
  default: 0n,
  docs: [' oldest stored round'],
});

/** `Drand.NextUnsignedAt`: the block of the last pulse write. */
export const NextUnsignedAt = storageItem<[], number>({
  pallet: 'Drand',
  name: 'NextUnsignedAt',
  value: u32,
  default: 0,
  docs: [' Defines the block when next unsigned transaction will be accepted.'],
});
