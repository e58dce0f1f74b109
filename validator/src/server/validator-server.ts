import Fastify, { type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';

/**
 * What `/healthz` reports.
 *
 * @example
 * const health: ValidatorHealth = { healthy: true, block: 120, step: 40, lastWeightsBlock: 110 };
 */
export type ValidatorHealth = {
  healthy: boolean;
  block: number | null;
  step: number;
  lastWeightsBlock: number | null;
};

/**
 * Options of {@link buildValidatorServer}.
 *
 * @example
 * const options: ValidatorServerOptions = { registry: metrics.registry, health: () => validator.health() };
 */
export type ValidatorServerOptions = {
  registry: Registry;
  health: () => ValidatorHealth;
};

/**
 * A small Fastify server: `GET /metrics` (Prometheus text of the registry) and `GET /healthz` (200 with the health
 * as JSON, or 503 when unhealthy). Call `listen` yourself.
 *
 * @example
 * const server = buildValidatorServer({ registry: metrics.registry, health: () => validator.health() });
 * await server.listen({ port: 9100, host: '0.0.0.0' });
 */
export function buildValidatorServer(options: ValidatorServerOptions): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', options.registry.contentType);
    return options.registry.metrics();
  });
  app.get('/healthz', async (_request, reply) => {
    const health = options.health();
    reply.code(health.healthy ? 200 : 503);
    return health;
  });
  return app;
}
