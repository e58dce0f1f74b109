/**
 * The test subnet: the miner squares x; an answer scores 1 at x², falling linearly to 0 at 2·x². Exported as
 * `subnet` for `subnetkit validator --subnet`, and piecewise for the tests.
 */
import { defineSynapse } from '@subnetkit/sdk';
import { type ChallengeFunction, type ScoreFunction, seededRandom } from '@subnetkit/validator';
import { z } from 'zod';

export const Square = defineSynapse({
  name: 'Square',
  request: { x: z.int() },
  response: { y: z.number().nullable().default(null) },
});

export const challenge: ChallengeFunction<typeof Square> = (seed) => ({ x: 2 + seededRandom(seed).int(98) });

export const score: ScoreFunction<typeof Square> = (query, response) => {
  const expected = query.x * query.x;
  return Math.max(0, 1 - Math.abs((response.y ?? Number.POSITIVE_INFINITY) - expected) / expected);
};

/** A miner of quality `q` in [0, 1] answers (2 − q)·x², which scores exactly q. */
export const answerOfQuality = (quality: number) => (request: Record<string, unknown>) => ({
  y: (2 - quality) * (request.x as number) ** 2,
});

export const subnet = { synapse: Square, challenge, score };
