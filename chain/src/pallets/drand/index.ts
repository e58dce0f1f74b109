import { definePallet, type PalletDecl } from '../../frame/define-pallet.js';
import type { DevnetBeacon } from './beacon.js';
import { drandCalls } from './calls.js';
import { drandErrors } from './errors.js';
import { drandEvents } from './events.js';
import { writeDuePulses } from './pulses.js';
import { BeaconConfig, LastStoredRound, NextUnsignedAt, OldestStoredRound, Pulses } from './storage.js';

/**
 * `pallet_drand` (index 26) with subtensor's storage, events and errors. The devnet is its own beacon: genesis
 * writes the beacon's key to `BeaconConfig`, and each block starts by storing the pulses that are due.
 *
 * @example
 * const pallet = createDrandPallet(devnetBeacon({ schedule: 'time' }));
 */
export function createDrandPallet(beacon: DevnetBeacon): PalletDecl {
  return definePallet({
    name: 'Drand',
    index: 26,
    crate: 'pallet_drand',
    calls: drandCalls,
    storage: [BeaconConfig, Pulses, LastStoredRound, OldestStoredRound, NextUnsignedAt],
    events: drandEvents,
    errors: drandErrors,
    genesis: (state) => BeaconConfig.set(state, beacon.config),
    onInitialize: (ctx) => writeDuePulses(ctx, beacon),
  });
}

export { type BeaconSchedule, DEV_BEACON_SEED, type DevnetBeacon, devnetBeacon } from './beacon.js';
export { roundAt } from './pulses.js';
export { BeaconConfig, LastStoredRound, OldestStoredRound, Pulses, QUICKNET_CONFIG } from './storage.js';
export type { BeaconConfigurationValue, PulseValue } from './types.js';
