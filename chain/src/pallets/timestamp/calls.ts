import { call, defineCalls } from '../../frame/define-calls.js';
import { DispatchFailure } from '../../frame/define-pallet.js';
import { Compact, named, u64 } from '../../frame/scale-types.js';
import { DidUpdate, Now } from './storage.js';

/** `pallet_timestamp::Call`: `set`, the inherent the block builder puts first in every block. */
export const timestampCalls = defineCalls(
  {
    set: call(
      0,
      { now: named('T::Moment', Compact(u64)) },
      { weight: 9_000_000n, class: 'Mandatory', pays: 'No', docs: [' Set the current time.'] },
    ),
  },
  {
    set: (ctx, origin, { now }) => {
      if (origin.type !== 'None') throw new DispatchFailure({ other: { type: 'BadOrigin' } });
      Now.set(ctx.state, now);
      DidUpdate.set(ctx.state, true);
    },
  },
);
