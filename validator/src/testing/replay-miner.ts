import type { AdversaryContext, AdversaryHandler, WrappedHandler } from './adversary-handler.js';

/**
 * A replaying miner: answers its first query with `handler` (an honest model, say), then returns that same answer
 * to every later query without computing anything. It scores like the model once and by chance after, unless the
 * validator asks the same thing twice.
 *
 * @example
 * const handler = replayMiner(digitsForward(model));
 */
export function replayMiner<context extends AdversaryContext>(
  handler: WrappedHandler<context>,
): AdversaryHandler<context> {
  let first: Promise<Record<string, unknown>> | undefined;
  return (request, context) => {
    first ??= Promise.resolve(handler(request, context));
    return first.then((answer) => structuredClone(answer));
  };
}
