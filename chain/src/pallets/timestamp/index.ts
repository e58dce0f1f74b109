import { bool, compact, field, u64 } from '../../runtime/primitives.js';
import { storageItem } from '../../runtime/storage-item.js';
import { DispatchFailure, definePallet } from '../define-pallet.js';

/** `Timestamp.Now`: the current time in milliseconds. */
export const Now = storageItem<[], bigint>({
  pallet: 'Timestamp',
  name: 'Now',
  value: u64,
  default: 0n,
  docs: [' The current time for the current block.'],
});

/** `Timestamp.DidUpdate`: whether `set` ran in this block. */
export const DidUpdate = storageItem<[], boolean>({
  pallet: 'Timestamp',
  name: 'DidUpdate',
  value: bool,
  default: false,
  docs: [' Whether the timestamp has been updated in this block.'],
});

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
  calls: [
    {
      name: 'set',
      index: 0,
      args: [field('now', compact(u64), 'T::Moment')],
      weight: () => 9_000_000n,
      class: 'Mandatory',
      pays: 'No',
      docs: [' Set the current time.'],
      dispatch: (ctx, origin, args) => {
        if (origin.type !== 'None') throw new DispatchFailure({ other: { type: 'BadOrigin' } });
        Now.set(ctx.state, args.now as bigint);
        DidUpdate.set(ctx.state, true);
      },
    },
  ],
  storage: [Now, DidUpdate],
  events: [],
  errors: [],
  constants: [
    {
      name: 'MinimumPeriod',
      type: u64,
      value: MINIMUM_PERIOD,
      docs: [' The minimum period between blocks.'],
    },
  ],
  onInitialize: (ctx) => DidUpdate.set(ctx.state, undefined),
});
