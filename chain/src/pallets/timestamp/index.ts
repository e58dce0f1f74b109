import { constant, definePallet } from '../../frame/define-pallet.js';
import { u64 } from '../../frame/scale-types.js';
import { timestampCalls } from './calls.js';
import { DidUpdate, Now } from './storage.js';

/** Half the default block time, as a real chain declares it (`2 × MinimumPeriod` = expected block time). */
export const MINIMUM_PERIOD = 500n;

/**
 * `pallet_timestamp` (index 2). `set` is the inherent the block builder puts first in every block.
 *
 * @example
 * const call = { pallet: 'Timestamp', name: 'set', args: { now: 1_700_000_000_000n } };
 */
export const timestampPallet = definePallet({
  name: 'Timestamp',
  index: 2,
  crate: 'pallet_timestamp',
  calls: timestampCalls,
  storage: [Now, DidUpdate],
  constants: [constant('MinimumPeriod', u64, MINIMUM_PERIOD, ' The minimum period between blocks.')],
  onInitialize: (ctx) => DidUpdate.set(ctx.state, undefined),
});

export { DidUpdate, Now } from './storage.js';
