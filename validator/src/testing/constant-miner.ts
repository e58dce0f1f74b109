import type { AdversaryHandler } from './adversary-handler.js';

/**
 * A lazy miner: the same answer to every query, whatever it asks. A subnet whose score rewards it above chance
 * leaks its answers' distribution.
 *
 * @example
 * const handler = constantMiner({ predictions: Array(64).fill(0) });
 */
export function constantMiner(response: Record<string, unknown>): AdversaryHandler {
  return async () => structuredClone(response);
}
