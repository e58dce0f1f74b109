/** Failing with an error name the pallet does not declare. */
import type { CallHandlers } from '../../src/frame/define-calls.js';
import type { subtensorCallTable } from '../../src/pallets/subtensor/call-table.js';
import { fail } from '../../src/pallets/subtensor/errors.js';

export const handlers: CallHandlers<typeof subtensorCallTable> = {
  start_call: () => fail('NotRegistered'),
};
