import { axonError } from '../axon-error.js';
import { createRateLimiter } from '../rate-limiter.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `onRequest`, after the signature: per-hotkey rate limit and in-flight cap (429). Keyed on the
 * verified hotkey, so nobody can spend a validator's budget by spoofing its hotkey header.
 *
 * @example
 * app.register(hotkeyLimit, resolved);
 */
export const hotkeyLimit = axonPlugin('axon-hotkey-limit', async (app, options) => {
  const limiter = createRateLimiter(options.rateLimit.perHotkey, options.concurrency.perHotkey);
  app.addHook('onRequest', async (request) => {
    const hotkey = request.axon.hotkey;
    if (hotkey === undefined) return;
    if (!limiter.hit(hotkey, performance.now())) {
      throw axonError('AXON_RATE_LIMITED', `Too many requests from hotkey ${hotkey}`);
    }
    const release = limiter.enter(hotkey);
    if (release === undefined) {
      throw axonError('AXON_CONCURRENCY_LIMITED', `Too many requests in flight from hotkey ${hotkey}`);
    }
    request.axon.releases.push(release);
  });
});
