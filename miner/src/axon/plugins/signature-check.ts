import { createNonceWindow, signingMessage, verifySignature } from '@subnetkit/sdk';
import { axonError } from '../axon-error.js';
import { axonPlugin } from './axon-plugin.js';

/** The code of each reason the nonce window refuses a nonce. */
const NONCE_REFUSALS = {
  replay: 'AXON_NONCE_REPLAY',
  // A nonce can go stale while its signature is checked, after nonce-freshness passed it.
  stale: 'AXON_NONCE_STALE',
  // Unreachable: nonce-freshness refuses a future nonce first, with the same bound and an earlier clock reading.
  // Stryker disable next-line StringLiteral: unreachable, see above
  future: 'AXON_NONCE_FUTURE',
} as const;

/**
 * `onRequest`: the mandatory sr25519 signature over `nonce.dendriteHotkey.axonHotkey.uuid.bodyHash`,
 * with THIS axon's hotkey in the axon slot (401; a missing signature never passes, unlike Bittensor
 * 10.2.0). The signature covers only headers, so it is checked before the body is read; the body is
 * tied to it by the body-hash check in `preValidation`. Then the nonce is recorded in the window:
 * a replay (same hotkey, uuid and nonce) is refused (401), while concurrent out-of-order nonces pass.
 *
 * @example
 * app.register(signatureCheck, resolved);
 */
// Stryker disable next-line StringLiteral: static, a label set at module load (see body-hash.ts)
export const signatureCheck = axonPlugin('axon-signature-check', async (app, options) => {
  const nonces = createNonceWindow(options.nonce);
  const axonHotkey = options.signer.address;
  app.addHook('onRequest', async (request) => {
    const state = request.axon;
    const headers = state.headers;
    if (headers === undefined) return;
    const { dendrite } = headers;
    const hotkey = dendrite.hotkey!;
    const message = signingMessage({
      nonce: dendrite.nonce!,
      dendriteHotkey: hotkey,
      axonHotkey,
      uuid: dendrite.uuid!,
      bodyHash: headers.computedBodyHash!,
    });
    if (!verifySignature({ message, signature: dendrite.signature!, signer: hotkey })) {
      throw axonError(
        'AXON_SIGNATURE_INVALID',
        `Not Verified with error: Signature mismatch with ${message}`,
      );
    }
    const check = nonces.check({
      key: `${hotkey}:${dendrite.uuid}`,
      nonce: dendrite.nonce!,
      timeoutS: state.timeoutS,
      nowNs: options.nowNs(),
    });
    if (!check.ok) {
      throw axonError(
        NONCE_REFUSALS[check.reason],
        `Not Verified with error: Nonce is ${check.reason === 'replay' ? 'already used' : check.reason}`,
      );
    }
    state.hotkey = hotkey;
  });
});
