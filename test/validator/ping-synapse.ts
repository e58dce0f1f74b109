import { defineSynapse } from '@subnetkit/sdk';
import { z } from 'zod';

/** The synapse of the loop tests that script their scores: `{ n }` asked, `{ m }` answered. */
export const Ping = defineSynapse({
  name: 'Ping',
  request: { n: z.int() },
  response: { m: z.int().nullable().default(null) },
});
