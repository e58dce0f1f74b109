/**
 * The miner's forward function: classify every image of a request with an ONNX model.
 */
import type { AxonHandler, ModelRunner } from '@subnetkit/miner';
import { argmax } from './argmax.js';
import { type DigitsRequest, type DigitsResponse, decodeImage } from './protocol.js';

/**
 * Builds the `Digits` handler for an axon: runs the request's images through the model as one batch
 * and answers with the most probable digit for each. The axon has already checked the request against
 * the `Digits` schema (1 to `maxBatchSize` images of 784 grey levels) before the handler runs.
 *
 * @example
 * const model = await createModelRunner({ model: modelPath('mlp') });
 * const axon = buildAxon({ signer, synapses: [Digits], handlers: { Digits: digitsForward(model) }, peers });
 */
export function digitsForward(model: ModelRunner): AxonHandler {
  return async (request): Promise<DigitsResponse> => {
    const { images } = request as DigitsRequest;
    const probabilities = await model.runBatch(images.map((image) => Float32Array.from(decodeImage(image))));
    return { predictions: probabilities.map(argmax) };
  };
}
