import { type CallDecl, DispatchFailure } from '../../frame/define-pallet.js';
import { compact, field, u64 } from '../../frame/primitives.js';
import { DidUpdate, Now } from './storage.js';

/** `pallet_timestamp::Call`: `set`, the inherent the block builder puts first in every block. */
export const timestampCalls: CallDecl[] = [
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
];
