import type { Command } from '../main.js';
import { Output } from '../output/output.js';
import type { CliIo } from './cli-io.js';
import { didYouMean } from './did-you-mean.js';
import { envName, GLOBAL_OPTIONS, type OptionSpec } from './option-spec.js';
import { reportError } from './report-error.js';
import { resolveOptions } from './resolve-options.js';
import type { CommandContext, Subcommand, SubcommandEntry } from './subcommand.js';

/** A command group: its name, the summary its help starts with, and its subcommands by name, in help order. */
type Group = {
  name: string;
  summary: string;
  subcommands: Readonly<Record<string, SubcommandEntry>>;
};

/**
 * A command group (`subnetkit wallet …`): dispatches to its subcommands by name or alias, prints help, loads the
 * chosen subcommand's module, merges options, runs the subcommand, reports failures with their fix and runs deferred
 * cleanup.
 *
 * @example
 * export const walletCommand = defineGroup({
 *   name: 'wallet',
 *   summary: 'keys and balances',
 *   subcommands: { list: { summary: 'list the wallets', load: async () => (await import('./wallet/list.js')).walletList } },
 * });
 */
export function defineGroup(group: Group): Command {
  const usage = groupUsage(group);
  return async (args, io) => {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(usage);
      return name === undefined ? 2 : 0;
    }
    const found = Object.entries(group.subcommands).find(
      ([key, entry]) => key === name || entry.aliases?.includes(name),
    );
    if (found === undefined) {
      const names = Object.entries(group.subcommands).flatMap(([key, entry]) => [
        key,
        ...(entry.aliases ?? []),
      ]);
      const meant = didYouMean(name, names);
      const hint = meant === undefined ? '' : ` (did you mean '${meant}'?)`;
      io.stderr.write(`subnetkit ${group.name}: unknown subcommand '${name}'${hint}\n${usage}`);
      return 2;
    }
    const [key, entry] = found;
    return runSubcommand(`subnetkit ${group.name} ${key}`, entry, rest, io);
  };
}

async function runSubcommand(
  title: string,
  entry: SubcommandEntry,
  args: string[],
  io: CliIo,
): Promise<number> {
  const cleanups: (() => Promise<void> | void)[] = [];
  let failed = false;
  try {
    const subcommand = await entry.load();
    const specs = [...subcommand.options, ...GLOBAL_OPTIONS];
    const options = resolveOptions(args, specs, io);
    if (options.flag('help')) {
      io.stdout.write(subcommandUsage(title, entry.summary, subcommand, specs));
      return 0;
    }
    const output = new Output(io, { json: specs.some((s) => s.name === 'json') && options.flag('json') });
    const context: CommandContext = { io, options, output, defer: (cleanup) => cleanups.push(cleanup) };
    await subcommand.run(context);
    return 0;
  } catch (error) {
    failed = true;
    return reportError(io, error, title);
  } finally {
    await runCleanups(cleanups.reverse(), failed ? CLEANUP_AFTER_FAILURE_MS : CLEANUP_AFTER_STOP_MS);
  }
}

/** How long cleanup may take after a failure (the command must exit within 2 s of it) and after a stop (5 s). */
const CLEANUP_AFTER_FAILURE_MS = 1_500;
const CLEANUP_AFTER_STOP_MS = 4_000;

/**
 * Runs the deferred cleanups in order, giving up on the rest after `budgetMs`: a daemon whose cleanup waits on
 * something that never comes (a step stuck on a dead miner, a Redis that went away) still exits in time. What is
 * left open is closed by the process exit (cli/bin/subnetkit.js).
 */
async function runCleanups(cleanups: readonly (() => Promise<void> | void)[], budgetMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, budgetMs);
  });
  const all = (async () => {
    for (const cleanup of cleanups) await cleanup();
  })();
  // A cleanup that fails after the budget has nowhere to report to; one that fails in time still throws.
  all.catch(() => undefined);
  try {
    await Promise.race([all, outOfTime]);
  } finally {
    clearTimeout(timer);
  }
}

function groupUsage(group: Group): string {
  const entries = Object.entries(group.subcommands);
  const width = Math.max(...entries.map(([name, entry]) => label(name, entry).length));
  const lines = entries.map(([name, entry]) => `  ${label(name, entry).padEnd(width)}  ${entry.summary}`);
  return `usage: subnetkit ${group.name} <command> [options]\n\n${group.summary}\n\ncommands:\n${lines.join('\n')}\n\nRun \`subnetkit ${group.name} <command> --help\` for its options.\n`;
}

function label(name: string, entry: SubcommandEntry): string {
  return entry.aliases === undefined ? name : `${name} (${entry.aliases.join(', ')})`;
}

function subcommandUsage(
  title: string,
  summary: string,
  subcommand: Subcommand,
  specs: readonly OptionSpec[],
): string {
  const flag = (s: OptionSpec) => `--${s.name}${s.type === 'string' ? ` ${s.placeholder ?? 'VALUE'}` : ''}`;
  const width = Math.max(...specs.map((s) => flag(s).length));
  const lines = specs.map(
    (s) =>
      `  ${flag(s).padEnd(width)}  ${s.description}${s.default === undefined ? '' : ` (default ${s.default})`}`,
  );
  return `usage: ${title} [options]\n\n${summary}\n\noptions:\n${lines.join('\n')}\n\nEvery option can also be set as an environment variable (--wallet.name → ${envName('wallet.name')}) or in the config file.\n\nexamples:\n${subcommand.examples.map((e) => `  ${e}`).join('\n')}\n`;
}
