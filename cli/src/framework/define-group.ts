import type { Command } from '../main.js';
import { Output } from '../output/output.js';
import type { CliIo } from './cli-io.js';
import { envName, GLOBAL_OPTIONS, type OptionSpec } from './option-spec.js';
import { reportError } from './report-error.js';
import { resolveOptions } from './resolve-options.js';
import type { CommandContext, Subcommand } from './subcommand.js';

/**
 * A command group (`subnetkit wallet …`): dispatches to its subcommands by name or alias, prints help, merges
 * options, runs the subcommand, reports failures with their fix and runs deferred cleanup.
 *
 * @example
 * export const walletCommand = defineGroup({ name: 'wallet', summary: 'keys and balances', subcommands: [list, create] });
 */
export function defineGroup(group: {
  name: string;
  summary: string;
  subcommands: readonly Subcommand[];
}): Command {
  const usage = groupUsage(group);
  return async (args, io) => {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(usage);
      return name === undefined ? 2 : 0;
    }
    const subcommand = group.subcommands.find((s) => s.name === name || s.aliases?.includes(name));
    if (subcommand === undefined) {
      io.stderr.write(`subnetkit ${group.name}: unknown subcommand '${name}'\n${usage}`);
      return 2;
    }
    return runSubcommand(`subnetkit ${group.name} ${subcommand.name}`, subcommand, rest, io);
  };
}

async function runSubcommand(
  title: string,
  subcommand: Subcommand,
  args: string[],
  io: CliIo,
): Promise<number> {
  const cleanups: (() => Promise<void> | void)[] = [];
  try {
    const specs = [...subcommand.options, ...GLOBAL_OPTIONS];
    const options = resolveOptions(args, specs, io);
    if (options.flag('help')) {
      io.stdout.write(subcommandUsage(title, subcommand, specs));
      return 0;
    }
    const output = new Output(io, { json: specs.some((s) => s.name === 'json') && options.flag('json') });
    const context: CommandContext = { io, options, output, defer: (cleanup) => cleanups.push(cleanup) };
    await subcommand.run(context);
    return 0;
  } catch (error) {
    return reportError(io, error, title);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

function groupUsage(group: { name: string; summary: string; subcommands: readonly Subcommand[] }): string {
  const width = Math.max(...group.subcommands.map((s) => label(s).length));
  const lines = group.subcommands.map((s) => `  ${label(s).padEnd(width)}  ${s.summary}`);
  return `usage: subnetkit ${group.name} <command> [options]\n\n${group.summary}\n\ncommands:\n${lines.join('\n')}\n\nRun \`subnetkit ${group.name} <command> --help\` for its options.\n`;
}

function label(subcommand: Subcommand): string {
  return subcommand.aliases === undefined
    ? subcommand.name
    : `${subcommand.name} (${subcommand.aliases.join(', ')})`;
}

function subcommandUsage(title: string, subcommand: Subcommand, specs: readonly OptionSpec[]): string {
  const flag = (s: OptionSpec) => `--${s.name}${s.type === 'string' ? ` ${s.placeholder ?? 'VALUE'}` : ''}`;
  const width = Math.max(...specs.map((s) => flag(s).length));
  const lines = specs.map(
    (s) =>
      `  ${flag(s).padEnd(width)}  ${s.description}${s.default === undefined ? '' : ` (default ${s.default})`}`,
  );
  return `usage: ${title} [options]\n\n${subcommand.summary}\n\noptions:\n${lines.join('\n')}\n\nEvery option can also be set as an environment variable (--wallet.name → ${envName('wallet.name')}) or in the config file.\n\nexamples:\n${subcommand.examples.map((e) => `  ${e}`).join('\n')}\n`;
}
