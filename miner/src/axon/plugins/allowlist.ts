import { axonError } from '../axon-error.js';
import { PING_SYNAPSE } from '../ping-synapse.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `onRequest`, after the signature: the verified hotkey must be registered, hold a validator permit and
 * have at least `minStake` (each configurable; 403 "Forbidden. Key is blacklisted: …" as Bittensor).
 * Runs before the body is read: a non-validator costs one signature check. Bittensor's ping
 * (`POST /Synapse`) has no blacklist there and none here.
 *
 * @example
 * app.register(allowlist, resolved);
 */
export const allowlist = axonPlugin('axon-allowlist', async (app, options) => {
  const { requireRegistered, requireValidatorPermit, minStake } = options.allowlist;
  const forbidden = (code: Parameters<typeof axonError>[0], reason: string) =>
    axonError(code, `Forbidden. Key is blacklisted: ${reason}.`);
  app.addHook('onRequest', async (request) => {
    const state = request.axon;
    const hotkey = state.hotkey;
    if (hotkey === undefined || state.synapse === PING_SYNAPSE) return;
    const peer = options.peers.lookup(hotkey);
    state.peer = peer;
    if (peer === undefined) {
      if (requireRegistered || requireValidatorPermit || minStake > 0)
        throw forbidden('AXON_NOT_REGISTERED', `hotkey ${hotkey} is not registered`);
      return;
    }
    if (requireValidatorPermit && !peer.validatorPermit)
      throw forbidden('AXON_NO_VALIDATOR_PERMIT', `uid ${peer.uid} has no validator permit`);
    if (peer.stake < minStake)
      throw forbidden('AXON_STAKE_TOO_LOW', `uid ${peer.uid} has stake ${peer.stake} < ${minStake}`);
  });
});
