import { createPriorityGate } from '../priority-gate.js';
import { axonPlugin } from './axon-plugin.js';

/**
 * `preHandler`: admission to the handlers. Up to `priority.maxConcurrent` handlers run at once; when
 * saturated, requests wait in a priority queue ordered by the caller's stake, for at most
 * `priority.maxWaitMs` (then 503). The slot is held until the response is sent.
 *
 * @example
 * app.register(priority, resolved);
 */
export const priority = axonPlugin('axon-priority', async (app, options) => {
  const gate = createPriorityGate(options.priority);
  app.decorate('axonGate', gate);
  app.addHook('preHandler', async (request) => {
    const state = request.axon;
    if (state.fields === undefined) return;
    const release = await gate.acquire(state.peer?.stake ?? 0);
    state.releases.push(release);
  });
});

declare module 'fastify' {
  interface FastifyInstance {
    /** The axon's priority gate (running and waiting counts for /healthz). */
    axonGate: ReturnType<typeof createPriorityGate>;
  }
}
