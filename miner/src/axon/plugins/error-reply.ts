import type { FastifyError } from 'fastify';
import { MinerError } from '../../miner-error.js';
import { AXON_ERRORS, type AxonErrorCode } from '../axon-errors.js';
import { axonPlugin } from './axon-plugin.js';

function isAxonCode(code: string): code is AxonErrorCode {
  return Object.hasOwn(AXON_ERRORS, code);
}

/**
 * The server edge of the error model: any error from a hook or handler becomes the HTTP status of its
 * `AXON_…` code (the table in `axon-errors.ts`) and a `{ message }` body, as Bittensor's axon answers.
 * Fastify's own body errors map to `AXON_BODY_TOO_LARGE` (413) and `AXON_BODY_MALFORMED` (400);
 * anything else is `AXON_HANDLER_FAILED` (500) with the details in the log only.
 *
 * @example
 * app.register(errorReply, resolved);
 */
export const errorReply = axonPlugin('axon-error-reply', async (app, options) => {
  app.setErrorHandler(async (error: FastifyError | MinerError, request, reply) => {
    let code: AxonErrorCode;
    let message = error instanceof MinerError ? error.shortMessage : error.message;
    if (error instanceof MinerError && isAxonCode(error.code)) code = error.code;
    else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      code = 'AXON_BODY_TOO_LARGE';
      message = `Body exceeds the limit of ${options.bodyLimit} bytes`;
    } else if ('statusCode' in error && (error.statusCode === 400 || error.statusCode === 415)) {
      code = 'AXON_BODY_MALFORMED';
    } else {
      code = 'AXON_HANDLER_FAILED';
      message = `Internal Server Error #${request.id}`;
      options.logger.error(
        { err: error, reqId: request.id, synapse: request.axon?.synapse?.name },
        'axon handler failed',
      );
    }
    if (request.axon) {
      request.axon.rejected = code;
      request.axon.statusMessage = message;
    }
    options.logger.debug({ reqId: request.id, code, ip: request.ip, hotkey: request.axon?.hotkey }, message);
    return reply.code(AXON_ERRORS[code].status).send({ message });
  });
});
