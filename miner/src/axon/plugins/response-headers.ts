import { randomUUID } from 'node:crypto';
import { PROTOCOL_VERSION } from '@subnetkit/sdk';
import { releaseAxonRequest } from '../axon-request-state.js';
import { axonResponseMessage } from '../response-signature.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `onSend`: every synapse response (success or error) carries Bittensor's response headers — `name`,
 * `timeout`, `bt_header_axon_{status_code,status_message,process_time,ip,port,version,nonce,uuid,hotkey}`
 * and the echoed `bt_header_dendrite_*` — plus `bt_header_axon_signature`, the axon hotkey's sr25519
 * signature of {@link axonResponseMessage} (ignored by Python dendrites, checkable with
 * `verifyAxonResponse`). `onResponse`: gives back the request's slots, records metrics and logs one `request` line
 * at debug (synapse, caller, status, latency).
 *
 * @example
 * app.register(responseHeaders, resolved);
 */
export const responseHeaders = axonPlugin('axon-response-headers', async (app, options) => {
  const axonUuid = randomUUID();
  const hotkey = options.signer.address;
  const encoder = new TextEncoder();
  app.addHook('onSend', async (request, reply, payload) => {
    const state = request.axon;
    if (state === undefined || (state.synapse === undefined && state.rejected === undefined)) return payload;
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload : '';
    const headers: Record<string, string> = {};
    if (state.synapse) headers.name = state.synapse.name;
    if (state.headers?.timeout !== undefined) headers.timeout = String(state.headers.timeout);
    const axonNonce = options.nowNs();
    headers.bt_header_axon_status_code = String(reply.statusCode);
    headers.bt_header_axon_status_message = state.statusMessage.replace(/[^\x20-\x7e]/g, '?');
    headers.bt_header_axon_process_time = String((performance.now() - state.startedMs) / 1000);
    headers.bt_header_axon_ip = options.external.ip;
    headers.bt_header_axon_port = String(options.external.port);
    headers.bt_header_axon_version = String(PROTOCOL_VERSION);
    headers.bt_header_axon_nonce = String(axonNonce);
    headers.bt_header_axon_uuid = axonUuid;
    headers.bt_header_axon_hotkey = hotkey;
    const dendrite = state.headers?.dendrite;
    if (dendrite) {
      for (const field of ['ip', 'version', 'nonce', 'uuid', 'hotkey', 'signature'] as const) {
        const value = dendrite[field];
        if (value !== undefined) headers[`bt_header_dendrite_${field}`] = String(value);
      }
      if (request.ip) headers.bt_header_dendrite_ip = request.ip;
    }
    if (!options.signResponses) {
      reply.headers(headers);
      return payload;
    }
    const message = axonResponseMessage({
      axonNonce,
      dendriteHotkey: state.hotkey ?? '-',
      axonHotkey: hotkey,
      axonUuid,
      dendriteNonce: dendrite?.nonce ?? '-',
      body,
    });
    const signature = await options.signer.sign(encoder.encode(message));
    headers.bt_header_axon_signature = `0x${Buffer.from(signature).toString('hex')}`;
    reply.headers(headers);
    return payload;
  });
  const metrics = options.metrics;
  const finish = async (request: import('fastify').FastifyRequest, status: number) => {
    const state = request.axon;
    if (state === undefined) return;
    releaseAxonRequest(state);
    if (state.synapse === undefined && state.rejected === undefined) return;
    const synapse = state.synapse?.name ?? 'unknown';
    const latencyMs = performance.now() - state.startedMs;
    // One line per request at debug: who asked, for what, the answer's status and how long it took.
    options.logger.debug(
      {
        reqId: request.id,
        synapse,
        caller: state.hotkey ?? state.headers?.dendrite?.hotkey ?? request.ip,
        status,
        latencyMs: Math.round(latencyMs),
      },
      'request',
    );
    if (metrics === undefined) return;
    metrics.requests.inc({ synapse, status: String(status) });
    metrics.latency.observe({ synapse }, latencyMs / 1000);
    if (state.rejected) metrics.rejections.inc({ reason: state.rejected });
  };
  app.addHook('onResponse', async (request, reply) => finish(request, reply.statusCode));
  app.addHook('onRequestAbort', async (request) => finish(request, 499));
});
