import { defineEvents, event } from '../../frame/define-events.js';
import { u64, Vec } from '../../frame/scale-types.js';

/** `pallet_drand::Event`, with the real names, fields and indices. */
export const drandEvents = defineEvents('Drand', {
  BeaconConfigChanged: event(0, [], ' Beacon Configuration has changed.'),
  NewPulse: event(1, { rounds: Vec(u64) }, ' Successfully set a new pulse(s).'),
  SetOldestStoredRound: event(2, [u64], ' Oldest Stored Round has been set.'),
});
