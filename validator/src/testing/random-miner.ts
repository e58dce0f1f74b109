import { type SeededRandom, seededRandom } from '../challenge/seeded-random.js';
import type { AdversaryHandler } from './adversary-handler.js';

/**
 * A guessing miner: answers every query with `answer(request, random)`, drawing from one seeded generator, so it is
 * cheap, well-formed and right only by chance.
 *
 * @example
 * const handler = randomMiner((request, random) => ({ predictions: request.images.map(() => random.int(10)) }));
 */
export function randomMiner<request extends Record<string, unknown>>(
  answer: (request: request, random: SeededRandom) => Record<string, unknown>,
  seed = '0x5eed',
): AdversaryHandler {
  const random = seededRandom(seed);
  return async (request) => answer(request as request, random);
}
