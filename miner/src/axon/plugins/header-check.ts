import { shortMessageOf } from '@subnetkit/errors';
import { parseSynapseHeaders } from '@subnetkit/sdk';
import { axonError } from '../axon-error.js';
import { axonPlugin } from './axon-plugin.js';

const HEX_HASH = /^[0-9a-f]{64}$/;
const SIGNATURE = /^(0x)?[0-9a-fA-F]{128}$/;

/**
 * `onRequest`: the synapse headers parse (400) and the ones verification needs are present (401, as
 * Bittensor's "Not Verified"): signature, nonce, hotkey, uuid, `computed_body_hash`. A request addressed
 * to another axon's hotkey is refused here (401) without a signature check.
 *
 * @example
 * app.register(headerCheck, resolved);
 */
export const headerCheck = axonPlugin('axon-header-check', async (app, options) => {
  app.addHook('onRequest', async (request) => {
    const state = request.axon;
    if (state.synapse === undefined) return;
    let parsed: ReturnType<typeof parseSynapseHeaders>;
    try {
      parsed = parseSynapseHeaders(request.headers);
    } catch (error) {
      throw axonError('AXON_HEADERS_MALFORMED', shortMessageOf(error));
    }
    const { dendrite } = parsed;
    const missing = (what: string) =>
      axonError('AXON_HEADERS_MISSING', `Not Verified with error: Missing ${what}`);
    if (!dendrite.signature) throw missing('signature');
    if (dendrite.nonce === undefined) throw missing('Nonce');
    if (!dendrite.hotkey) throw missing('dendrite hotkey');
    if (!dendrite.uuid) throw missing('dendrite uuid');
    if (parsed.computedBodyHash === undefined) throw missing('computed_body_hash');
    if (!SIGNATURE.test(dendrite.signature))
      throw axonError('AXON_HEADERS_MALFORMED', 'bt_header_dendrite_signature is not 64 bytes of hex');
    if (!HEX_HASH.test(parsed.computedBodyHash))
      throw axonError('AXON_HEADERS_MALFORMED', 'computed_body_hash is not a SHA3-256 hex digest');
    if (parsed.timeout !== undefined && !(parsed.timeout > 0))
      throw axonError('AXON_HEADERS_MALFORMED', `timeout ${parsed.timeout} is not positive`);
    if (parsed.axon.hotkey !== undefined && parsed.axon.hotkey !== options.signer.address) {
      throw axonError(
        'AXON_WRONG_AXON',
        `Not Verified with error: request is for axon ${parsed.axon.hotkey}, this is ${options.signer.address}`,
      );
    }
    if (parsed.name !== undefined && parsed.name !== state.synapse.name) {
      throw axonError(
        'AXON_HEADERS_MALFORMED',
        `name header ${parsed.name} does not match route /${state.synapse.name}`,
      );
    }
    state.headers = parsed;
    state.timeoutS = Math.min(parsed.timeout ?? 12, options.maxTimeoutS);
  });
});
