/**
 * The digits synapse: what a validator sends (a batch of 28×28 grey-level images) and what a miner
 * answers (one predicted digit per image). Declared once; both sides validate against it.
 */
import { defineSynapse, type SynapseRequest, type SynapseResponse } from '@subnetkit/sdk';
import { z } from 'zod';
import { digitsConfig } from './config.js';

/**
 * One image: its 784 grey levels (0 = background, 255 = ink, row by row) as base64, which is
 * 1,048 characters ending in `==`. A third of the size of a JSON array of numbers, and cheap to check.
 */
const image = z.string().regex(/^[A-Za-z0-9+/]{1046}==$/, 'an image is 784 bytes in base64');

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

/**
 * An image's grey levels as the synapse carries them.
 *
 * @example
 * const query = { images: [encodeImage(imageAt(loadDigits().test, 0))] };
 */
export function encodeImage(pixels: Uint8Array): string {
  return Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength).toString('base64');
}

/**
 * The grey levels of an image from a request (checked by the schema: 784 of them).
 *
 * @example
 * const input = Float32Array.from(decodeImage(request.images[0])); // the model's input row
 */
export function decodeImage(image: string): Uint8Array {
  return new Uint8Array(Buffer.from(image, 'base64'));
}
