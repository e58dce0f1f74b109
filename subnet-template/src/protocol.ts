/**
 * The digits synapse: what a validator sends (a batch of 28×28 grey-level images) and what a miner
 * answers (one predicted digit per image). Declared once; both sides validate against it.
 */
import { defineSynapse, type SynapseRequest, type SynapseResponse } from '@subnetkit/sdk';
import { z } from 'zod';
import { digitsConfig } from './config.js';
import { IMAGE_PIXELS } from './digits.js';

/** One image: 784 grey levels (0 = background, 255 = ink), row by row. */
const image = z.array(z.int().min(0).max(255)).length(IMAGE_PIXELS);

/**
 * The `Digits` synapse, served at `POST /Digits`.
 *
 * @example
 * const results = await dendrite.query({ synapse: Digits, axons, input: { images } });
 * results[0].response?.predictions; // [7, 2, 1, …]
 */
export const Digits = defineSynapse({
  name: 'Digits',
  request: { images: z.array(image).min(1).max(digitsConfig.maxBatchSize) },
  response: { predictions: z.array(z.int().min(0).max(9)).nullable().default(null) },
});

/** A validator's query. */
export type DigitsRequest = SynapseRequest<typeof Digits>;
/** A miner's answer. */
export type DigitsResponse = SynapseResponse<typeof Digits>;
