import { axonError } from '../axon-error.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `onRequest`: a declared `content-length` over `bodyLimit` is refused (413) before the body is read.
 * Chunked bodies are cut at the same limit by Fastify's `bodyLimit` while parsing (also 413).
 *
 * @example
 * app.register(bodySize, resolved);
 */
export const bodySize = axonPlugin('axon-body-size', async (app, options) => {
  app.addHook('onRequest', async (request) => {
    if (request.axon.synapse === undefined) return;
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > options.bodyLimit) {
      throw axonError(
        'AXON_BODY_TOO_LARGE',
        `Body of ${length} bytes exceeds the limit of ${options.bodyLimit}`,
      );
    }
  });
});
