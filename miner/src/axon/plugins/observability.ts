import { axonPlugin } from './axon-plugin.js';

/**
 * `GET /healthz` (200 with the hotkey, synapses, handler load and whatever `health()` reports, e.g. the
 * model's execution provider; 503 while `health()` reports `ready: false`, e.g. before the miner's model is
 * warm and its axon served on chain, and once `close()` began) and `GET /metrics` (Prometheus
 * text, when metrics are configured). Neither goes through the axon's checks: bind them to a private
 * interface or firewall them if they must not be public.
 *
 * @example
 * app.register(observability, resolved);
 */
export const observability = axonPlugin('axon-observability', async (app, options) => {
  app.get('/healthz', async (_request, reply) => {
    const health = options.health();
    const ready = health.ready !== false;
    reply.code(ready ? 200 : 503);
    return {
      status: ready ? 'ok' : 'starting',
      hotkey: options.signer.address,
      synapses: [...options.synapses.keys()],
      running: app.axonGate.running,
      waiting: app.axonGate.waiting,
      ...health,
    };
  });
  const metrics = options.metrics;
  if (metrics !== undefined) {
    app.get('/metrics', async (_request, reply) => {
      reply.header('content-type', metrics.registry.contentType);
      return metrics.registry.metrics();
    });
  }
});
