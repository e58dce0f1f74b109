import type { Output } from '../output/output.js';
import type { CliIo } from './cli-io.js';
import type { CommandOptions } from './command-options.js';
import type { OptionSpec } from './option-spec.js';

/**
 * What a subcommand's `run` gets: the I/O, its merged options, the output helpers, and `defer` to register cleanup
 * (e.g. closing a chain connection) that runs after the command, whether it succeeded or not.
 *
 * @example
 * async run({ options, output }) { output.line(`netuid ${options.netuid()}`); }
 */
export type CommandContext = {
  readonly io: CliIo;
  readonly options: CommandOptions;
  readonly output: Output;
  defer(cleanup: () => Promise<void> | void): void;
};

/**
 * One subcommand of a group (`subnetkit <group> <name>`): its flags, help and `run`. `run` resolves on success
 * (exit 0) and throws a `CliError` (or an SDK error) on failure.
 *
 * @example
 * const hello: Subcommand = { name: 'hello', summary: 'greets', options: [], examples: ['subnetkit x hello'], run: async ({ output }) => output.line('hi') };
 */
export type Subcommand = {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly summary: string;
  readonly options: readonly OptionSpec[];
  /** Example command lines for `--help` (docs/cli.md shows the same ones). */
  readonly examples: readonly string[];
  run(context: CommandContext): Promise<void>;
};
