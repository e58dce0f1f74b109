/** A handler reading an argument its call does not declare (`set_weights` has `netuid`, not `net_uid`). */
import type { CallHandlers } from '../../src/frame/define-calls.js';
import type { subtensorCallTable } from '../../src/pallets/subtensor/call-table.js';

export const handlers: CallHandlers<typeof subtensorCallTable> = {
  set_weights: (_ctx, _origin, args) => {
    void args.net_uid;
  },
};
