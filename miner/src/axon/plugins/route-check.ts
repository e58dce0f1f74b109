import { axonError } from '../axon-error.js';
import { createAxonRequestState } from '../axon-request-state.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `onRequest`, first: gives every request its state and answers unknown routes with 404 (Bittensor's
 * "Synapse name 'X' not found") before anything else is read.
 *
 * @example
 * app.register(routeCheck, resolved);
 */
export const routeCheck = axonPlugin('axon-route-check', async (app, options) => {
  const available = JSON.stringify([...options.synapses.keys()]);
  app.decorateRequest('axon', null as never);
  app.addHook('onRequest', async (request) => {
    request.axon = createAxonRequestState();
    request.axon.synapse = request.routeOptions.config.synapse;
  });
  app.setNotFoundHandler(async (request) => {
    const name = request.url.split('?')[0].split('/')[1] ?? '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw axonError('AXON_ROUTE_INVALID', `Improperly formatted request. Could not parse '${request.url}'`);
    }
    throw axonError(
      'AXON_ROUTE_UNKNOWN',
      `Synapse name '${name}' not found. Available synapses ${available}`,
    );
  });
});
