import { SdkError } from '../../errors/sdk-error.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument, u64Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link waitForBlock}.
 *
 * @example
 * const parameters: WaitForBlockParameters = { block: 1_000, deadlineMs: 10 * 60_000 };
 */
export type WaitForBlockParameters = {
  /** Resolve once the best block is at least this number. */
  block: number;
} & ReadOptions;

/**
 * Waits, on a new-heads subscription, until the best block reaches `block` and resolves with the best block's
 * number (which may be past `block`). The subscription survives reconnections; the deadline
 * (`SDK_DEADLINE_EXCEEDED`) bounds the wait, so pass a long one to wait many blocks.
 *
 * @example
 * const { number } = await getBlock(client);
 * await waitForBlock(client, { block: number + 2 });
 */
export async function waitForBlock(
  client: SubtensorClient,
  parameters: WaitForBlockParameters,
): Promise<number> {
  const target = Number(u64Argument('block', parameters.block));
  const deadlineMs = deadlineArgument(parameters.deadlineMs) ?? client.deadlineMs;
  const until = Date.now() + deadlineMs;
  let unsubscribe: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<number>((resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new SdkError('SDK_DEADLINE_EXCEEDED', `Block ${target} was not reached within ${deadlineMs} ms.`),
          ),
        deadlineMs,
      );
      readChain(
        client,
        'chain_subscribeNewHeads',
        (api) =>
          api.rpc.chain.subscribeNewHeads((header) => {
            const number = header.number.toNumber();
            if (number >= target) resolve(number);
          }),
        Math.max(1, until - Date.now()),
      ).then((unsub) => {
        unsubscribe = unsub;
      }, reject);
    });
  } finally {
    clearTimeout(timer);
    unsubscribe?.();
  }
}
