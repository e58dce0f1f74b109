/**
 * An in-memory chain for the unit tests of subtensor's call logic: genesis state in a `StorageLayer`, and calls run
 * like the runtime runs an extrinsic (in a transaction, rolled back when the call fails), without blocks or RPC.
 * It lives outside `src/` so that it is neither built into `dist/` nor published.
 */
import { type DispatchContext, DispatchFailure } from '../src/frame/define-pallet.js';
import { setFree } from '../src/pallets/balances/currency.js';
import { subtensorGenesis } from '../src/pallets/subtensor/genesis.js';
import { type StateView, StorageLayer } from '../src/storage/index.js';

const EMPTY: StateView = { get: () => null, keys: () => [][Symbol.iterator](), getKeysPaged: () => [] };

/** An event a call deposited. */
export type TestEvent = { readonly pallet: string; readonly event: string; readonly data: unknown };

/** See {@link createTestChain}. */
export type TestChain = {
  readonly state: StorageLayer;
  /** The events of every call that succeeded, oldest first. */
  readonly events: TestEvent[];
  /**
   * Runs `call` as an extrinsic of block `block`: its writes and events are kept when it returns and dropped when
   * it throws. Returns the error's name of a failed dispatch (`NotEnoughStakeToSetWeights`, or the variant of
   * another `DispatchError` such as `BadOrigin`), or `undefined` when the call succeeded.
   */
  dispatch(block: number, call: (ctx: DispatchContext) => unknown): string | undefined;
};

/**
 * A fresh chain after subtensor's genesis with the given accounts endowed.
 *
 * @example
 * const chain = createTestChain([[coldkey, 10_000n * TAO]]);
 * const netuid = 1;
 * chain.dispatch(1, (ctx) => registerNetwork(ctx, coldkey, hotkey)); // undefined: it succeeded
 * chain.dispatch(2, (ctx) => setWeights(ctx, hotkey, 0, [0], [1], 0n)); // 'CanNotSetRootNetworkWeights'
 */
export function createTestChain(endowed: readonly (readonly [Uint8Array, bigint])[] = []): TestChain {
  const state = new StorageLayer(EMPTY);
  const events: TestEvent[] = [];
  const context = (blockNumber: number, deposited: TestEvent[]): DispatchContext => ({
    state,
    blockNumber,
    deposit: (pallet, event, data) => {
      deposited.push({ pallet, event, data });
    },
    dispatch: () => {
      throw new Error('the test chain dispatches no nested calls');
    },
  });
  subtensorGenesis(state, { endowed, sudoKey: undefined });
  for (const [who, free] of endowed) setFree(context(0, []), who, free);
  return {
    state,
    events,
    dispatch(block, call) {
      const deposited: TestEvent[] = [];
      state.begin();
      try {
        call(context(block, deposited));
      } catch (error) {
        state.rollback();
        if (!(error instanceof DispatchFailure)) throw error;
        return 'module' in error.error ? error.error.error : error.error.other.type;
      }
      state.commit();
      events.push(...deposited);
      return undefined;
    },
  };
}
