/** A handler for a call the table does not declare. */
import type { CallHandlers } from '../../src/frame/define-calls.js';
import type { subtensorCallTable } from '../../src/pallets/subtensor/call-table.js';

export const handlers: CallHandlers<typeof subtensorCallTable> = {
  set_weightz: () => {},
};
