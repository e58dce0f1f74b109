/** The chaos suite's subnet: a cheap arithmetic synapse, so the faults, not model inference, use the CPU. */
import { defineSynapse } from '@subnetkit/sdk';
import { type ChallengeFunction, type ScoreFunction, seededRandom } from '@subnetkit/validator';
import { z } from 'zod';

/** The validator asks for `x²`; a miner answers `y`. */
export const Square = defineSynapse({
  name: 'Square',
  request: { x: z.int() },
  response: { y: z.number().nullable().default(null) },
});

/** A fresh `x` in [2, 1002) per step, from the step's seed. */
export const challenge: ChallengeFunction<typeof Square> = (seed) => ({
  x: 2 + seededRandom(seed).int(1000),
});

/** 1 for the exact square, falling linearly to 0 at 100% relative error. */
export const score: ScoreFunction<typeof Square> = (query, response) =>
  response.y === null ? 0 : Math.max(0, 1 - Math.abs(response.y - query.x ** 2) / query.x ** 2);

/** How far off each of the six miners answers (`y = factor · x²`): miner 0 is exact, miner 5 useless. */
export const MINER_FACTORS = [1, 1.05, 1.2, 1.4, 1.7, 3] as const;

/** Dev-key URIs: //Alice owns the subnet; //Bob and //Charlie own a validator each; //Dave owns the miners. */
export const OWNER_HOTKEY_URI = '//Alice//chaos-owner';
export const VALIDATOR_URIS = ['//Bob//chaos-validator', '//Charlie//chaos-validator'] as const;
export const MINER_URIS = MINER_FACTORS.map((_, i) => `//Dave//chaos-miner-${i}`);
