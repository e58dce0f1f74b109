import { sha256 } from '@noble/hashes/sha2';
import { beaconKeyFromSeed, QUICKNET } from '@subnetkit/drand';
import type { BeaconConfigurationValue } from './types.js';

/**
 * How the devnet's own beacon produces rounds: `time` writes every quicknet-schedule round whose time has come
 * (3 s rounds since quicknet's genesis, so round numbers match the real network's), `per-block` one round per
 * block (instant and manual block production, where blocks do not follow the clock).
 */
export type BeaconSchedule = 'time' | 'per-block';

/** The devnet's drand beacon: a BLS key from a seed and the schedule its rounds follow. */
export interface DevnetBeacon {
  readonly schedule: BeaconSchedule;
  /** What genesis writes to `Drand.BeaconConfig`: the dev key, quicknet's period and genesis time. */
  readonly config: BeaconConfigurationValue;
  /** The signature of `round` (compressed G1, 48 bytes). */
  sign(round: bigint): Uint8Array;
}

/** The seed of the devnet beacon's key unless one is given. Public: anyone can decrypt devnet commits early. */
export const DEV_BEACON_SEED = 'subnetkit devnet drand beacon';

/**
 * The devnet's beacon.
 *
 * @example
 * const beacon = devnetBeacon({ schedule: 'per-block' });
 * beacon.config.public_key.length; // 96
 */
export function devnetBeacon(options: { schedule: BeaconSchedule; seed?: string }): DevnetBeacon {
  const key = beaconKeyFromSeed(options.seed ?? DEV_BEACON_SEED);
  const text = (s: string) => new TextEncoder().encode(s);
  const hash = sha256(key.publicKey);
  return {
    schedule: options.schedule,
    config: {
      public_key: key.publicKey,
      period: QUICKNET.period,
      genesis_time: QUICKNET.genesisTime,
      hash,
      group_hash: hash,
      scheme_id: text(QUICKNET.schemeId),
      metadata: { beacon_id: text('subnetkit-devnet') },
    },
    sign: key.sign,
  };
}
