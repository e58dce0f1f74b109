/** Depositing an event the pallet does not declare. */
import type { CallHandlers } from '../../src/frame/define-calls.js';
import type { subtensorCallTable } from '../../src/pallets/subtensor/call-table.js';
import { deposit } from '../../src/pallets/subtensor/events.js';

export const handlers: CallHandlers<typeof subtensorCallTable> = {
  start_call: (ctx, _origin, { netuid }) => {
    deposit(ctx, 'SubnetStarted', [netuid]);
  },
};
