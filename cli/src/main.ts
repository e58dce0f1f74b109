import { type CliIo, processIo } from './framework/cli-io.js';
import { didYouMean } from './framework/did-you-mean.js';
import { exitOnClosedOutput } from './framework/exit-on-closed-output.js';

/**
 * A subcommand: takes its arguments and the I/O to use, resolves to an exit code. Commands that predate `io` write
 * to `process` directly.
 */
export type Command = (args: string[], io: CliIo) => Promise<number>;

// One entry per command: the summary `subnetkit --help` prints and how to load its runner. Commands are imported
// on demand, so `--help` and the light commands never load the chain client, the devnet, BullMQ or ONNX Runtime
// that others need. Group aliases as btcli has them (w, s, st, wt, su).
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  devnet: {
    summary: 'run a local Substrate-compatible devnet (docs/devnet.md)',
    load: async () => (await import('./commands/devnet.js')).devnetCommand,
  },
  start: {
    summary: 'run the example digits subnet end to end on a devnet (docs/quickstart.md)',
    load: async () => (await import('./commands/start.js')).startCommand,
  },
  new: {
    summary: 'write a new subnet project from the template (docs/subnet-authoring.md)',
    load: async () => (await import('./commands/new.js')).newCommand,
  },
  yuma: {
    summary: 'run Yuma consensus epochs or an incentive simulation (docs/yuma.md)',
    load: async () => (await import('./commands/yuma.js')).yumaCommand,
  },
  wallet: {
    summary: 'keys and balances: list, create, regen-*, balance, transfer, overview',
    load: async () => (await import('./commands/wallet.js')).walletCommand,
  },
  subnets: {
    summary: 'subnets: list, show, hyperparameters, burn-cost, forecast, create, register, start, dissolve',
    load: async () => (await import('./commands/subnets.js')).subnetsCommand,
  },
  root: {
    summary: 'the root subnet: register',
    load: async () => (await import('./commands/root.js')).rootCommand,
  },
  stake: {
    summary: 'stake: add, remove, list, move, transfer, swap, child hotkeys',
    load: async () => (await import('./commands/stake.js')).stakeCommand,
  },
  commitments: {
    summary: 'commitments: publish and read hotkey commitments (plain or timelocked)',
    load: async () => (await import('./commands/commitments.js')).commitmentsCommand,
  },
  weights: {
    summary: 'weights: set, commit, reveal',
    load: async () => (await import('./commands/weights.js')).weightsCommand,
  },
  sudo: {
    summary: 'hyperparameters: set, get',
    load: async () => (await import('./commands/sudo.js')).sudoCommand,
  },
  validator: {
    summary: 'run a validator (docs/validator.md)',
    load: async () => (await import('./commands/validator.js')).validatorCommand,
  },
  'validator-worker': {
    summary: "run query+score jobs from a validator's Redis queue",
    load: async () => (await import('./commands/validator-worker.js')).validatorWorkerCommand,
  },
  miner: {
    summary: 'run a miner serving an ONNX model (docs/miner.md)',
    load: async () => (await import('./commands/miner.js')).minerCommand,
  },
  dashboard: {
    summary: 'serve a live web dashboard of the chain (docs/dashboard.md)',
    load: async () => (await import('./commands/dashboard.js')).dashboardCommand,
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
    const meant = didYouMean(first, [...Object.keys(commands), ...Object.keys(aliases)]);
    const hint = meant === undefined ? '' : ` (did you mean '${meant}'?)`;
    resolvedIo.stderr.write(`subnetkit: unknown command '${first}'${hint}\n${usage()}`);
    return 1;
  }
  const run = await command.load();
  return run(rest, resolvedIo);
}

/**
 * Runs the `subnetkit` command line on the process's streams and resolves to the process exit code; a reader that
 * closes the output early (`| head`) ends the process quietly.
 */
export function main(argv: string[]): Promise<number> {
  exitOnClosedOutput(process.stdout);
  return runCli(argv);
}
