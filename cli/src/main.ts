import { dashboardCommand } from './commands/dashboard.js';
import { devnetCommand } from './commands/devnet.js';
import { minerCommand } from './commands/miner.js';
import { newCommand } from './commands/new.js';
import { stakeCommand } from './commands/stake.js';
import { startCommand } from './commands/start.js';
import { subnetsCommand } from './commands/subnets.js';
import { sudoCommand } from './commands/sudo.js';
import { validatorCommand } from './commands/validator.js';
import { validatorWorkerCommand } from './commands/validator-worker.js';
import { walletCommand } from './commands/wallet.js';
import { weightsCommand } from './commands/weights.js';
import { yumaCommand } from './commands/yuma.js';
import { type CliIo, processIo } from './framework/cli-io.js';

/**
 * A subcommand: takes its arguments and the I/O to use, resolves to an exit code. Commands that predate `io` write
 * to `process` directly.
 */
export type Command = (args: string[], io: CliIo) => Promise<number>;

// One line per command: its runner and the summary `subnetkit --help` prints. Group aliases as btcli has them
// (w, s, st, wt, su).
const commands: Record<string, { run: Command; summary: string }> = {
  devnet: { run: devnetCommand, summary: 'run a local Substrate-compatible devnet (docs/devnet.md)' },
  start: {
    run: startCommand,
    summary: 'run the example digits subnet end to end on a devnet (docs/quickstart.md)',
  },
  new: {
    run: newCommand,
    summary: 'write a new subnet project from the template (docs/subnet-authoring.md)',
  },
  yuma: { run: yumaCommand, summary: 'run Yuma consensus epochs or an incentive simulation (docs/yuma.md)' },
  wallet: {
    run: walletCommand,
    summary: 'keys and balances: list, create, regen-*, balance, transfer, overview',
  },
  subnets: {
    run: subnetsCommand,
    summary: 'subnets: list, show, hyperparameters, burn-cost, create, register, start',
  },
  stake: { run: stakeCommand, summary: 'stake: add, remove, list' },
  weights: { run: weightsCommand, summary: 'weights: set, commit, reveal' },
  sudo: { run: sudoCommand, summary: 'hyperparameters: set, get' },
  validator: { run: validatorCommand, summary: 'run a validator (docs/validator.md)' },
  'validator-worker': {
    run: validatorWorkerCommand,
    summary: "run query+score jobs from a validator's Redis queue",
  },
  miner: { run: minerCommand, summary: 'run a miner serving an ONNX model (docs/miner.md)' },
  dashboard: {
    run: dashboardCommand,
    summary: 'serve a live web dashboard of the chain (docs/dashboard.md)',
  },
};

const aliases: Record<string, string> = {
  w: 'wallet',
  s: 'subnets',
  subnet: 'subnets',
  st: 'stake',
  wt: 'weights',
  su: 'sudo',
};

function usage(): string {
  return `usage: subnetkit <command> [options]

commands:
${Object.entries(commands)
  .map(([name, { summary }]) => `  ${name.padEnd(18)}${summary}`)
  .join('\n')}

Run \`subnetkit <command> --help\` for more. See docs/cli.md.
`;
}

/**
 * Runs the `subnetkit` command line with the given I/O (missing parts default to the process's) and resolves to
 * the exit code. Tests call it in-process with their own streams and environment.
 *
 * @example
 * const code = await runCli(['wallet', 'list', '--json'], { stdout, stderr, env: { HOME: tmp } });
 */
export async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const resolvedIo: CliIo = { ...processIo(), ...io };
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    resolvedIo.stdout.write(usage());
    return first === undefined ? 1 : 0;
  }
  const name = aliases[first] ?? first;
  const command = commands[name];
  if (command === undefined) {
    resolvedIo.stderr.write(`subnetkit: unknown command '${first}'\n${usage()}`);
    return 1;
  }
  return command.run(rest, resolvedIo);
}

/** Runs the `subnetkit` command line on the process's streams and resolves to the process exit code. */
export function main(argv: string[]): Promise<number> {
  return runCli(argv);
}
