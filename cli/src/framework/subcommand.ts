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
 * The part of a subcommand its module holds (`subnetkit <group> <name>`): its flags, the examples its help shows and
 * `run`. `run` resolves on success (exit 0) and throws a `CliError` (or an SDK error) on failure. The name, summary
 * and aliases are in the group's table ({@link SubcommandEntry}).
 *
 * @example
 * export const hello: Subcommand = { options: [], examples: ['subnetkit x hello'], run: async ({ output }) => output.line('hi') };
 */
export type Subcommand = {
  readonly options: readonly OptionSpec[];
  /** Example command lines for `--help` (docs/cli.md shows the same ones). */
  readonly examples: readonly string[];
  run(context: CommandContext): Promise<void>;
};

/**
 * A subcommand as its group lists it: the summary the group's help prints, its aliases, and how to load its module.
 * Only the subcommand that runs (or whose `--help` is asked for) is imported, so a light one (`wallet list`) does not
 * load what a chain command needs.
 *
 * @example
 * const entry: SubcommandEntry = { summary: 'greets', load: async () => (await import('./hello.js')).hello };
 */
export type SubcommandEntry = {
  readonly summary: string;
  readonly aliases?: readonly string[];
  load(): Promise<Subcommand>;
};
