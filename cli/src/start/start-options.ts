import { parseArgs } from 'node:util';
import { CliError } from '../framework/cli-error.js';

/** `subnetkit start`'s options, validated. */
export type StartOptions = {
  readonly help: boolean;
  /** Stop after this many epochs; undefined = run until SIGINT/SIGTERM. */
  readonly epochs: number | undefined;
  readonly json: boolean;
  /** Keep the data here; undefined = a temporary directory removed on exit. */
  readonly dataDir: string | undefined;
  readonly blockTimeMs: number;
  readonly tempo: number | undefined;
  readonly dashboard: boolean;
  readonly dashboardPort: number | undefined;
};

/** The `--help` text. */
export const START_USAGE = `usage: subnetkit start [options]      (npm start -- [options])

Runs the example digits subnet on a local devnet, all in this process: //Alice creates the subnet,
2 validators stake and score 4 miners that serve models of different accuracy, and a live view shows
each block, the progress to the next epoch and every miner's incentive and emission. Ctrl-C stops it.

options:
  --epochs N           stop after N epochs and print a summary (default: run until Ctrl-C)
  --json               print only the summary, as JSON, on stdout (progress goes to stderr)
  --data-dir DIR       keep the log and the chain (DIR/chain, for \`subnetkit devnet --base-path\`)
                       in DIR, new or empty; default: the log in a temporary directory removed
                       on exit, the chain in memory
  --block-time MS      shortest time between blocks (default 250; blocks also wait for both validators)
  --tempo N            blocks between epochs (default 10)
  --dashboard-port N   port of the web dashboard, when this build has it (default 8080, or any
                       free port when 8080 is busy)
  --no-dashboard       do not start the web dashboard
  -h, --help           this text
`;

function positiveInt(name: string, raw: string | undefined, { allowZero = false } = {}): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || (!allowZero && value === 0)) {
    throw new CliError(
      'CLI_INVALID_OPTION',
      `--${name} takes a ${allowZero ? 'non-negative' : 'positive'} integer; got ${raw}`,
    );
  }
  return value;
}

/**
 * Parses `subnetkit start`'s arguments; throws `CLI_USAGE` for unknown options and `CLI_INVALID_OPTION` for bad
 * values.
 *
 * @example
 * parseStartOptions(['--epochs', '3', '--json']).epochs; // 3
 */
export function parseStartOptions(args: string[]): StartOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        epochs: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
        'block-time': { type: 'string' },
        tempo: { type: 'string' },
        'dashboard-port': { type: 'string' },
        'no-dashboard': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError('CLI_USAGE', (error as Error).message, { fix: 'run `subnetkit start --help`' });
  }
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  return {
    help: values.help === true,
    epochs: positiveInt('epochs', text('epochs')),
    json: values.json === true,
    dataDir: text('data-dir'),
    blockTimeMs: positiveInt('block-time', text('block-time'), { allowZero: true }) ?? 250,
    tempo: positiveInt('tempo', text('tempo')),
    dashboard: values['no-dashboard'] !== true,
    dashboardPort: positiveInt('dashboard-port', text('dashboard-port'), { allowZero: true }),
  };
}
