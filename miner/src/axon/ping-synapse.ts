import { defineSynapse } from '@subnetkit/sdk';
import type { AxonHandler } from './axon-options.js';

/**
 * Bittensor's base `Synapse`, which every Python axon serves at `POST /Synapse` as a ping (Bittensor tooling
 * such as the subnet template's `ping_uids` uses it as a health check): no fields, so its body hash is
 * SHA3-256 of nothing. Like Bittensor's, the ping must be signed for this axon (and passes the nonce and
 * rate checks) but is not subject to the allowlist; the answer is the synapse with the standard response
 * headers.
 *
 * @example
 * app.post('/Synapse', { config: { synapse: PING_SYNAPSE } }, synapseHandler(PING_SYNAPSE, pingHandler, resolved));
 */
export const PING_SYNAPSE = defineSynapse({ name: 'Synapse', request: {}, response: {}, hashFields: [] });

/**
 * Answers a ping: nothing to fill in.
 *
 * @example
 * synapseHandler(PING_SYNAPSE, pingHandler, resolved);
 */
export const pingHandler: AxonHandler = () => ({});
