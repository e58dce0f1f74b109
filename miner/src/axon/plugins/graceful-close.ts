import { axonError } from '../axon-error.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * Graceful shutdown: once `app.close()` begins (`preClose`), new synapse requests get 503
 * (`AXON_SHUTTING_DOWN`) and every response carries `connection: close`, so keep-alive sockets end
 * with their last in-flight response and `close()` resolves as soon as in-flight requests are drained.
 *
 * @example
 * app.register(gracefulClose, resolved);
 */
export const gracefulClose = axonPlugin('axon-graceful-close', async (app) => {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request) => {
    if (closing && request.axon.synapse !== undefined) {
      throw axonError('AXON_SHUTTING_DOWN', 'Service unavailable: the axon is shutting down');
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
});
