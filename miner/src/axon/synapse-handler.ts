import type { Synapse } from '@subnetkit/sdk';
import { pythonJson, terminalInfoJson } from '@subnetkit/sdk';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { axonError } from './axon-error.js';
import type { AxonHandler, ResolvedAxonOptions } from './axon-options.js';

/**
 * The route handler of one synapse: runs the subnet's handler under a server-side deadline taken from
 * the request's `timeout` header (capped by `maxTimeoutS`, counted from arrival; 408 "Response timeout"
 * when passed, and the handler's `signal` aborts), validates its response fields and answers with the
 * full synapse JSON, as Bittensor's axon does, so a Python dendrite can rebuild the synapse from it.
 *
 * @example
 * app.post('/Dummy', { config: { synapse: Dummy } }, synapseHandler(Dummy, handler, resolved));
 */
export function synapseHandler(synapse: Synapse, handler: AxonHandler, options: ResolvedAxonOptions) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<string> => {
    const state = request.axon;
    const fields = state.fields!;
    const deadlineMs = state.timeoutS * 1000 - (performance.now() - state.startedMs);
    const timeoutError = () => axonError('AXON_TIMEOUT', `Response timeout after: ${state.timeoutS}s`);
    if (deadlineMs <= 0) throw timeoutError();
    const controller = new AbortController();
    const onClose = () => {
      if (!reply.raw.writableEnded) controller.abort();
    };
    reply.raw.once('close', onClose);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(timeoutError());
      }, deadlineMs);
    });
    let result: Record<string, unknown>;
    try {
      result = await Promise.race([
        deadline,
        Promise.resolve().then(() =>
          handler(fields, { hotkey: state.hotkey!, peer: state.peer, signal: controller.signal, deadlineMs }),
        ),
      ]);
    } finally {
      clearTimeout(timer);
      reply.raw.off('close', onClose);
    }
    const response = synapse.response.safeParse({ ...synapse.responseDefaults, ...result });
    if (!response.success) {
      options.logger.error(
        { synapse: synapse.name, issues: response.error.message },
        'handler returned an invalid response',
      );
      throw axonError('AXON_RESPONSE_INVALID', `Internal Server Error #${request.id}`);
    }
    const headers = state.headers!;
    const processTime = (performance.now() - state.startedMs) / 1000;
    reply.header('content-type', 'application/json');
    return pythonJson({
      name: synapse.name,
      timeout: headers.timeout ?? 12,
      total_size: headers.totalSize ?? 0,
      header_size: headers.headerSize ?? 0,
      dendrite: {
        ...terminalInfoJson({ ...headers.dendrite, ip: request.ip }),
        nonce: headers.dendrite.nonce,
      },
      axon: terminalInfoJson({
        status_code: 200,
        status_message: 'Success',
        process_time: processTime,
        ip: options.external.ip,
        port: options.external.port,
        hotkey: options.signer.address,
      }),
      computed_body_hash: headers.computedBodyHash ?? '',
      ...fields,
      ...(response.data as Record<string, unknown>),
    });
  };
}
