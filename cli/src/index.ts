export {
  type RunningDashboard,
  type StartDashboardOptions,
  startDashboard,
} from './dashboard/start-dashboard.js';
export { CLI_ERROR_CODES, CliError, type CliErrorCode } from './framework/cli-error.js';
export type { CliIo } from './framework/cli-io.js';
export type { Command } from './main.js';
export { main, runCli } from './main.js';
export type { DemoDashboard, StartDashboard } from './start/dashboard-hook.js';
export { type DemoNetwork, type DemoNetworkOptions, startDemoNetwork } from './start/demo-network.js';
export type { DemoMinerState, DemoState, DemoValidatorState } from './start/demo-state.js';
export type { DemoSummary } from './start/demo-summary.js';
