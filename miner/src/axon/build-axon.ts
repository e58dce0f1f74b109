import Fastify, { type FastifyInstance } from 'fastify';
import { type AxonOptions, resolveAxonOptions } from './axon-options.js';
import { PING_SYNAPSE, pingHandler } from './ping-synapse.js';
import { allowlist } from './plugins/allowlist.js';
import { bodyHash } from './plugins/body-hash.js';
import { bodySize } from './plugins/body-size.js';
import { errorReply } from './plugins/error-reply.js';
import { gracefulClose } from './plugins/graceful-close.js';
import { headerCheck } from './plugins/header-check.js';
import { hotkeyLimit } from './plugins/hotkey-limit.js';
import { ipLimit } from './plugins/ip-limit.js';
import { nonceFreshness } from './plugins/nonce-freshness.js';
import { observability } from './plugins/observability.js';
import { priority } from './plugins/priority.js';
import { responseHeaders } from './plugins/response-headers.js';
import { routeCheck } from './plugins/route-check.js';
import { signatureCheck } from './plugins/signature-check.js';
import { synapseHandler } from './synapse-handler.js';

/**
 * Builds the axon: a Fastify app whose plugins, registered in hook order, check each request in the
 * earliest hook that has the data, so nothing expensive runs for a request that will be refused:
 *
 * | hook | plugin | refuses with |
 * |---|---|---|
 * | onRequest | route-check | 404 unknown synapse, 400 malformed path |
 * | onRequest | graceful-close | 503 once `close()` began |
 * | onRequest | ip-limit | 429 per-IP rate / in-flight cap |
 * | onRequest | header-check | 400 malformed, 401 missing signature/nonce/hotkey/uuid/hash, 401 other axon |
 * | onRequest | body-size | 413 declared length over `bodyLimit` |
 * | onRequest | nonce-freshness | 401 stale or future nonce |
 * | onRequest | signature-check | 401 bad sr25519 signature for this hotkey, 401 replayed nonce |
 * | onRequest | hotkey-limit | 429 per verified hotkey |
 * | onRequest | allowlist | 403 unregistered, no validator permit, stake below minimum |
 * | preValidation | body-hash | 422 body not the synapse's request, 400 hash mismatch (413 while reading) |
 * | preHandler | priority | 503 waited too long for a handler slot (queue ordered by stake) |
 * | handler | synapse-handler | 408 deadline from `timeout`, 500 handler failure |
 *
 * Besides the subnet's synapses it serves Bittensor's ping, a signed `POST /Synapse` (see
 * {@link PING_SYNAPSE}), unless the subnet declares a synapse of that name.
 *
 * Options are validated once and frozen (`MINER_OPTIONS_INVALID`). `app.close()` stops accepting,
 * answers 503 to new requests and waits for in-flight ones.
 *
 * @example
 * const app = buildAxon({ signer, synapses: [Dummy], handlers: { Dummy: (r) => ({ dummy_output: r.dummy_input * 2 }) }, peers });
 * await app.listen({ port: 8091, host: '0.0.0.0' });
 * // …
 * await app.close(); // drains in-flight requests
 */
export function buildAxon(options: AxonOptions): FastifyInstance {
  const resolved = resolveAxonOptions(options);
  const app = Fastify({
    logger: false,
    bodyLimit: resolved.bodyLimit,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  for (const plugin of [
    errorReply,
    routeCheck,
    gracefulClose,
    ipLimit,
    headerCheck,
    bodySize,
    nonceFreshness,
    signatureCheck,
    hotkeyLimit,
    allowlist,
    bodyHash,
    priority,
    responseHeaders,
    observability,
  ]) {
    app.register(plugin, resolved);
  }
  app.register(async (routes) => {
    for (const [name, synapse] of resolved.synapses) {
      routes.post(
        `/${name}`,
        { config: { synapse } },
        synapseHandler(synapse, resolved.handlers[name], resolved),
      );
    }
    if (!resolved.synapses.has(PING_SYNAPSE.name)) {
      routes.post(
        `/${PING_SYNAPSE.name}`,
        { config: { synapse: PING_SYNAPSE } },
        synapseHandler(PING_SYNAPSE, pingHandler, resolved),
      );
    }
  });
  return app;
}
