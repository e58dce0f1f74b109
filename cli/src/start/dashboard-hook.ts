import { fileURLToPath } from 'node:url';
import type { DemoNetwork } from './demo-network.js';

/** A running dashboard, as the optional `commands/dashboard` module starts it. */
export type DemoDashboard = { readonly url: string; close(): Promise<void> };

/**
 * What `subnetkit start` looks for in `cli/src/commands/dashboard.ts`: a `startDashboard` export that serves a
 * view of a running demo network and resolves once it listens.
 */
export type StartDashboard = (options: { network: DemoNetwork; port?: number }) => Promise<DemoDashboard>;

// A variable specifier: the build and the type check must not need the module, which may not exist.
const DASHBOARD_MODULE = '../commands/dashboard.js';
/** The module's path without extension, as a "not found" error for it names it (`.js` built, `.ts` from source). */
const DASHBOARD_PATH = fileURLToPath(new URL('../commands/dashboard', import.meta.url));

/**
 * Starts the dashboard for `network` when the dashboard module is part of this build and exports
 * `startDashboard`; resolves to undefined when it is not. A dashboard that fails to start rejects.
 *
 * @example
 * const dashboard = await startDashboardIfPresent(network, {});
 * if (dashboard) console.log(`dashboard: ${dashboard.url}`);
 */
export async function startDashboardIfPresent(
  network: DemoNetwork,
  options: { port?: number },
): Promise<DemoDashboard | undefined> {
  let module: { startDashboard?: unknown };
  try {
    module = (await import(DASHBOARD_MODULE)) as { startDashboard?: unknown };
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Only the module itself missing means "no dashboard"; a dependency of it missing is an error.
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(DASHBOARD_PATH)) {
      return undefined;
    }
    throw error;
  }
  if (typeof module.startDashboard !== 'function') return undefined;
  return (module.startDashboard as StartDashboard)({
    network,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
}
