import type { AdversaryHandler } from './adversary-handler.js';

/**
 * Options of {@link lookupMiner}.
 *
 * @example
 * const options: LookupMinerOptions<number> = { table, items: (r) => r.images, respond: (found) => ({ predictions: found.map((l) => l ?? 0) }) };
 */
export type LookupMinerOptions<value, request extends Record<string, unknown> = Record<string, unknown>> = {
  /** The precomputed table: a public item's key (e.g. the image as sent) → its answer (e.g. the label). */
  table: ReadonlyMap<string, value>;
  /** The keys of a request's items, in order (one key for a single-item synapse). */
  items: (request: request) => readonly string[];
  /** The answer from each item's table entry, `undefined` where the table has none. */
  respond: (found: ReadonlyArray<value | undefined>) => Record<string, unknown>;
};

/**
 * A memorising miner: answers from a table of a public benchmark (its items and labels) instead of a model. It
 * scores perfectly whenever the validator asks public items as they are; a challenge drawn from a distribution no
 * table holds leaves it guessing.
 *
 * @example
 * const table = new Map(publicImages.map((image, i) => [image, publicLabels[i]]));
 * const handler = lookupMiner({ table, items: (r) => r.images as string[], respond: (found) => ({ predictions: found.map((l) => l ?? 0) }) });
 */
export function lookupMiner<value, request extends Record<string, unknown> = Record<string, unknown>>(
  options: LookupMinerOptions<value, request>,
): AdversaryHandler {
  const { table, items, respond } = options;
  return async (request) => respond(items(request as request).map((key) => table.get(key)));
}
