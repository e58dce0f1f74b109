import { devnetCommand } from './commands/devnet.js';
import { startCommand } from './commands/start.js';
import { yumaCommand } from './commands/yuma.js';

/** A subcommand: takes its arguments, writes to stdout/stderr, resolves to an exit code. */
export type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  devnet: devnetCommand,
  start: startCommand,
  yuma: yumaCommand,
};

const usage = `usage: subnetkit <command> [options]

commands:
${Object.keys(commands)
  .map((name) => `  ${name}`)
  .join('\n')}
`;

/** Runs the `subnetkit` command line and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(usage);
    return name === undefined ? 1 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`subnetkit: unknown command '${name}'\n${usage}`);
    return 1;
  }
  return command(rest);
}
