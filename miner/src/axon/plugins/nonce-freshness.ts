import { axonError } from '../axon-error.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `onRequest`: the nonce's time is inside the window — not older than `allowedDelta + timeout`
 * (Bittensor's rule, 401 "Nonce is too old") and not further ahead than `maxFuture` — before the
 * signature is checked. Pure arithmetic, so a stale flood costs nothing; the replay check, which
 * remembers nonces, runs after the signature (see `signature-check`) so forgeries cannot fill it.
 *
 * @example
 * app.register(nonceFreshness, resolved);
 */
// Stryker disable next-line StringLiteral: static, a label set at module load (see body-hash.ts)
export const nonceFreshness = axonPlugin('axon-nonce-freshness', async (app, options) => {
  const allowedDelta = options.nonce.allowedDeltaNs ?? 4_000_000_000n;
  const maxFuture = options.nonce.maxFutureNs ?? 30_000_000_000n;
  app.addHook('onRequest', async (request) => {
    const state = request.axon;
    const nonce = state.headers?.dendrite.nonce;
    // Without a nonce (no synapse route; header-check refuses a synapse request without one) the comparisons
    // below are false anyway.
    // Stryker disable next-line ConditionalExpression: equivalent, see above
    if (nonce === undefined) return;
    const now = options.nowNs();
    const timeoutNs = BigInt(Math.ceil(state.timeoutS * 1e9));
    if (nonce <= now - allowedDelta - timeoutNs) {
      const age = Number(now - nonce) / 1e9;
      throw axonError(
        'AXON_NONCE_STALE',
        `Not Verified with error: Nonce is too old: acceptable delta is ${(Number(allowedDelta) / 1e9 + state.timeoutS).toFixed(2)} seconds but request was ${age.toFixed(2)} seconds old`,
      );
    }
    if (nonce > now + maxFuture) {
      throw axonError('AXON_NONCE_FUTURE', 'Not Verified with error: Nonce is too far in the future');
    }
  });
});
