import { setTimeout as sleep } from 'node:timers/promises';
import type { AdversaryContext, AdversaryHandler, WrappedHandler } from './adversary-handler.js';

/**
 * A slow miner: answers as `handler` does, `delayMs` later (or not at all when the request is cancelled first). It
 * shows what the subnet's score makes of latency, and that a miner past the deadline scores nothing.
 *
 * @example
 * const handler = slowMiner(digitsForward(model), 3_000);
 */
export function slowMiner<context extends AdversaryContext>(
  handler: WrappedHandler<context>,
  delayMs: number,
): AdversaryHandler<context> {
  return async (request, context) => {
    const answer = await handler(request, context);
    await sleep(delayMs, undefined, context.signal === undefined ? {} : { signal: context.signal });
    return answer;
  };
}
