/** The bench subnet: the miner squares x; x < 0 asks the miner to hang until the deadline (a slow miner). */
import { defineSynapse } from '@subnetkit/sdk';
import { z } from 'zod';

export const Square = defineSynapse({
  name: 'Square',
  request: { x: z.int() },
  response: { y: z.number().nullable().default(null) },
});
