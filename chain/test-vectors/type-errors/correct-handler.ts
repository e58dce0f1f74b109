/** The control: handlers written against the real tables, as pallets write them, compile cleanly. */
import { type CallHandlers, defineCalls } from '../../src/frame/define-calls.js';
import { ensureSigned } from '../../src/frame/define-pallet.js';
import { subtensorCallTable } from '../../src/pallets/subtensor/call-table.js';
import { ensure, fail } from '../../src/pallets/subtensor/errors.js';
import { deposit } from '../../src/pallets/subtensor/events.js';
import { hash, hex } from '../../src/rpc/params.js';
import { method, optional, result } from '../../src/rpc/rpc-method.js';

const handlers: CallHandlers<typeof subtensorCallTable> = {
  add_stake: (ctx, origin, { hotkey, netuid, amount_staked }) => {
    const coldkey = ensureSigned(origin);
    ensure(netuid !== 0, 'SubnetNotExists');
    if (amount_staked === 0n) fail('AmountTooLow');
    deposit(ctx, 'StakeAdded', [coldkey, hotkey, amount_staked, amount_staked, netuid, 0n]);
  },
};

export const calls = defineCalls(subtensorCallTable, handlers, {
  weight: 1n,
  unimplemented: { dispatch: () => fail('CallDisabled'), docs: [] },
});

export const getStorage = method({
  params: [hex('key'), optional(hash('at'))],
  result: result<string | null>('hex | null'),
  doc: 'a storage value',
  handler: (ctx, [key, at]) => ctx.chain.stateAt(at).get(key),
});
