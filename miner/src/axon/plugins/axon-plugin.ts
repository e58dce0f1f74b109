import type { FastifyInstance } from 'fastify';
import type { ResolvedAxonOptions } from '../axon-options.js';

/**
 * An axon check: a Fastify plugin whose hooks apply to the whole app (not encapsulated, like
 * `fastify-plugin`), so registering the checks in order gives the hook order.
 *
 * @example
 * export const bodySize = axonPlugin('body-size', async (app, options) => { app.addHook('onRequest', …); });
 */
export type AxonPlugin = ((app: FastifyInstance, options: ResolvedAxonOptions) => Promise<void>) & {
  readonly [key: symbol]: unknown;
};

/**
 * Marks a plugin function as non-encapsulated (Fastify's `skip-override`) and names it for `printPlugins()`.
 *
 * @example
 * app.register(axonPlugin('allowlist', async (app, options) => {}), resolved);
 */
export function axonPlugin(
  name: string,
  fn: (app: FastifyInstance, options: ResolvedAxonOptions) => Promise<void>,
): AxonPlugin {
  Object.defineProperty(fn, 'name', { value: name });
  const plugin = fn as AxonPlugin & Record<symbol, unknown>;
  plugin[Symbol.for('skip-override')] = true;
  plugin[Symbol.for('fastify.display-name')] = name;
  return plugin;
}
