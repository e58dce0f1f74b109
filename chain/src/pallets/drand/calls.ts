import { call, defineCalls } from '../../frame/define-calls.js';
import { ensureRoot } from '../../frame/define-pallet.js';
import { u64 } from '../../frame/scale-types.js';
import { drandEvents } from './events.js';
import { OldestStoredRound } from './storage.js';

/**
 * `pallet_drand::Call` as far as the devnet implements it: `set_oldest_stored_round` (root). Pulses come from the
 * devnet's own beacon at block start rather than through `write_pulse`, so the unsigned-payload calls are absent.
 */
export const drandCalls = defineCalls(
  {
    set_oldest_stored_round: call(
      2,
      { oldest_round: u64 },
      { weight: 10_000_000n, docs: [' allows the root user to set the oldest stored round'] },
    ),
  },
  {
    set_oldest_stored_round: (ctx, origin, { oldest_round }) => {
      ensureRoot(origin);
      OldestStoredRound.set(ctx.state, oldest_round);
      drandEvents.deposit(ctx, 'SetOldestStoredRound', oldest_round);
    },
  },
);
