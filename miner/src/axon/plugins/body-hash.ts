import { computeBodyHash } from '@subnetkit/sdk';
import { axonError } from '../axon-error.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `preValidation`, the first hook with the body: it must validate against the synapse's request schema
 * (422, as FastAPI would) and hash to the signed `computed_body_hash` (400), so the handler only sees
 * the bytes the caller signed for.
 *
 * @example
 * app.register(bodyHash, resolved);
 */
// The name only labels the plugin in printPlugins() (test/miner/axon-nonce-checks.test.ts checks it). It is set when
// the module loads, which Stryker's vitest runner does not repeat per mutant, so no run could notice its mutant.
// Stryker disable next-line StringLiteral: static, see above
export const bodyHash = axonPlugin('axon-body-hash', async (app) => {
  app.addHook('preValidation', async (request) => {
    const state = request.axon;
    const synapse = state.synapse;
    // header-check sets the headers only on a synapse route: both are set or neither is.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, see above
    if (synapse === undefined || state.headers === undefined) return;
    const body = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw axonError('AXON_BODY_INVALID', 'Body is not a JSON object');
    }
    const parsed = synapse.request.safeParse(body);
    if (!parsed.success) throw axonError('AXON_BODY_INVALID', parsed.error.message);
    const fields = { ...(body as Record<string, unknown>), ...(parsed.data as Record<string, unknown>) };
    if (computeBodyHash(synapse, fields) !== state.headers.computedBodyHash) {
      throw axonError(
        'AXON_BODY_HASH_MISMATCH',
        'Body hash mismatch: the body is not the one that was signed',
      );
    }
    state.fields = parsed.data as Record<string, unknown>;
  });
});
