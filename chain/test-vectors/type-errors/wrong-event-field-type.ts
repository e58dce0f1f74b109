/** Depositing `StakeAdded` with a number where its `TaoBalance` field is a bigint. */
import type { CallHandlers } from '../../src/frame/define-calls.js';
import { ensureSigned } from '../../src/frame/define-pallet.js';
import type { subtensorCallTable } from '../../src/pallets/subtensor/call-table.js';
import { deposit } from '../../src/pallets/subtensor/events.js';

export const handlers: CallHandlers<typeof subtensorCallTable> = {
  add_stake: (ctx, origin, { hotkey, netuid }) => {
    deposit(ctx, 'StakeAdded', [ensureSigned(origin), hotkey, 1000, 0n, netuid, 0n]);
  },
};
