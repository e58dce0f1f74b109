import { call, defineCalls } from '../../frame/define-calls.js';
import { ensureRoot, ensureSigned } from '../../frame/define-pallet.js';
import { u32 } from '../../frame/scale-types.js';
import { NetUid } from '../subtensor/scale-types.js';
import { setCommitment } from './set-commitment.js';
import { MaxSpace } from './storage.js';
import { CommitmentInfo } from './types.js';

/** `DbWeight` of subtensor (RocksDB): a read and a write, in reference time. */
const READ = 25_000_000n;
const WRITE = 100_000_000n;

/** `pallet_commitments::Call`: subtensor's indices, argument names and types, weights and fees. */
export const commitmentsCalls = defineCalls(
  {
    set_commitment: call(
      0,
      { netuid: NetUid, info: CommitmentInfo },
      {
        weight: 33_480_000n + 5n * READ + 4n * WRITE,
        pays: 'No',
        docs: [' Set the commitment for a given netuid'],
      },
    ),
    set_max_space: call(2, { new_limit: u32 }, { weight: 2_856_000n + WRITE, docs: [' Sudo-set MaxSpace'] }),
  },
  {
    set_commitment: (ctx, origin, { netuid, info }) => setCommitment(ctx, ensureSigned(origin), netuid, info),
    set_max_space: (ctx, origin, { new_limit }) => {
      ensureRoot(origin);
      MaxSpace.set(ctx.state, new_limit);
    },
  },
);
