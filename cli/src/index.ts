export { CLI_ERROR_CODES, CliError, type CliErrorCode } from './framework/cli-error.js';
export type { CliIo } from './framework/cli-io.js';
export type { Command } from './main.js';
export { main, runCli } from './main.js';
