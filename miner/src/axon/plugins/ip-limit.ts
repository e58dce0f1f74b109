import { axonError } from '../axon-error.js';
import { createRateLimiter } from '../rate-limiter.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `onRequest`: per-IP rate limit and in-flight cap (429), before any header is parsed — the cheapest way
 * to shed a flood from one source.
 *
 * @example
 * app.register(ipLimit, resolved);
 */
export const ipLimit = axonPlugin('axon-ip-limit', async (app, options) => {
  const limiter = createRateLimiter(options.rateLimit.perIp, options.concurrency.perIp);
  app.addHook('onRequest', async (request) => {
    if (request.axon.synapse === undefined) return;
    const ip = request.ip;
    if (!limiter.hit(ip, performance.now())) {
      throw axonError('AXON_RATE_LIMITED', `Too many requests from ${ip}`);
    }
    const release = limiter.enter(ip);
    if (release === undefined)
      throw axonError('AXON_CONCURRENCY_LIMITED', `Too many requests in flight from ${ip}`);
    request.axon.releases.push(release);
  });
});
