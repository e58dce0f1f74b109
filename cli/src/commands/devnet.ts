import { parseArgs } from 'node:util';
import type { BuildMode } from '@subnetkit/chain';
import { CliError } from '../framework/cli-error.js';
import { explainPortInUse } from '../framework/port-in-use.js';
import type { Command } from '../main.js';

const usage = `usage: subnetkit devnet [options]

Runs a local Substrate-compatible devnet (see docs/devnet.md).

options:
  --port N                RPC port for WebSocket and HTTP (default 9944; 0 = any free port)
  --host ADDR             listen address (default 127.0.0.1)
  --base-path DIR         keep the chain in DIR (LMDB); it resumes from the last committed block
  --tmp                   keep the chain in memory only (default)
  --block-time MS         produce a block every MS milliseconds (default 1000)
  --instant               produce a block for each submitted transaction
  --manual                produce blocks only on dev_newBlock
  --no-dev-rpc            do not serve dev_* methods
  --rpc-max-request-size MB   largest accepted request (default 15)
`;

/** `subnetkit devnet`: starts the devnet and runs until SIGINT/SIGTERM. */
export const devnetCommand: Command = async (args) => {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'base-path': { type: 'string' },
        tmp: { type: 'boolean' },
        'block-time': { type: 'string' },
        instant: { type: 'boolean' },
        manual: { type: 'boolean' },
        'no-dev-rpc': { type: 'boolean' },
        'rpc-max-request-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`subnetkit devnet: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const int = (name: string, fallback: number): number | undefined => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
  };
  const port = int('port', 9944);
  const blockTime = int('block-time', 1000);
  const maxMb = int('rpc-max-request-size', 15);
  if (
    port === undefined ||
    port > 65535 ||
    blockTime === undefined ||
    blockTime < 1 ||
    maxMb === undefined ||
    maxMb < 1
  ) {
    process.stderr.write(
      `subnetkit devnet: --port, --block-time and --rpc-max-request-size take positive integers\n`,
    );
    return 2;
  }
  if (values.instant && values.manual) {
    process.stderr.write('subnetkit devnet: choose one of --instant and --manual\n');
    return 2;
  }
  if (values.tmp && values['base-path'] !== undefined) {
    process.stderr.write('subnetkit devnet: choose one of --tmp and --base-path\n');
    return 2;
  }
  const mode: BuildMode = values.instant ? 'instant' : values.manual ? 'manual' : 'interval';
  // Warnings and errors (e.g. a failed block) go to stderr as JSON lines; info and debug are quiet.
  const line = (level: string) => (obj: object, msg?: string) => {
    const err = (obj as { err?: unknown }).err;
    const fields = err instanceof Error ? { ...obj, err: { message: err.message, stack: err.stack } } : obj;
    process.stderr.write(`${JSON.stringify({ level, time: Date.now(), msg, ...fields })}\n`);
  };
  const logger = { debug: () => {}, info: () => {}, warn: line('warn'), error: line('error') };
  // The devnet (LMDB, the runtime) loads only now, so `--help` and bad flags answer at once.
  const { startDevnet } = await import('@subnetkit/chain');
  const devnet = await startDevnet({
    logger,
    port,
    mode,
    blockTime,
    devRpc: !values['no-dev-rpc'],
    maxRequestBytes: maxMb * 1024 * 1024,
    ...(typeof values.host === 'string' ? { host: values.host } : {}),
    ...(typeof values['base-path'] === 'string' ? { basePath: values['base-path'] } : {}),
  }).catch((error: unknown) => {
    const failure = explainPortInUse(error, 'port');
    if (!(failure instanceof CliError)) throw error;
    process.stderr.write(`subnetkit devnet: error: ${failure.shortMessage}\n  fix: ${failure.fix}\n`);
    return undefined;
  });
  if (devnet === undefined) return 1;
  process.stdout.write(`devnet ready ${devnet.url}\n`);
  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write(`subnetkit devnet: ${signal}, closing at block #${devnet.chain.head().number}\n`);
      devnet.close().then(
        () => resolve(0),
        (error: unknown) => {
          process.stderr.write(`subnetkit devnet: close failed: ${(error as Error).message}\n`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
};
