import { parseArgs } from 'node:util';
import type { BuildMode, RpcMethodsMode } from '@subnetkit/chain';
import { CliError } from '../framework/cli-error.js';
import { nextStopSignal } from '../framework/next-stop-signal.js';
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

limits (Substrate's flags and defaults; see docs/devnet.md):
  --rpc-max-request-size MB                       largest request (default 15)
  --rpc-max-response-size MB                      largest response (default 15)
  --rpc-max-connections N                         open connections (default 100)
  --rpc-max-subscriptions-per-connection N        (default 1024)
  --rpc-max-batch-request-len N                   calls in one batch (default 1000)
  --rpc-message-buffer-capacity-per-connection N  messages waiting for a slow client (default 64)
  --rpc-cors all|ORIGINS   browser origins served, comma-separated (default localhost and 127.0.0.1, any port)
  --rpc-methods MODE       safe | unsafe | auto: unsafe methods (dev_*) only on a loopback --host (default auto)
  --pool-limit N           ready transactions in the pool (default 8192; future ones: a tenth)
  --pool-kbytes N          kB of ready transactions (default 20480; future ones: a tenth)
`;

/** Numeric flags that take a positive integer, with their defaults. */
const POSITIVE_FLAGS = {
  'block-time': 1000,
  'rpc-max-request-size': 15,
  'rpc-max-response-size': 15,
  'rpc-max-connections': 100,
  'rpc-max-subscriptions-per-connection': 1024,
  'rpc-max-batch-request-len': 1000,
  'rpc-message-buffer-capacity-per-connection': 64,
  'pool-limit': 8192,
  'pool-kbytes': 20480,
} as const;

const RPC_METHODS: readonly string[] = ['safe', 'unsafe', 'auto'] satisfies RpcMethodsMode[];
const isRpcMethodsMode = (value: unknown): value is RpcMethodsMode =>
  typeof value === 'string' && RPC_METHODS.includes(value);
const MIB = 1024 * 1024;

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
        ...Object.fromEntries(Object.keys(POSITIVE_FLAGS).map((name) => [name, { type: 'string' as const }])),
        'rpc-cors': { type: 'string' },
        'rpc-methods': { type: 'string' },
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
  if (port === undefined || port > 65535) {
    process.stderr.write('subnetkit devnet: --port takes a port number\n');
    return 2;
  }
  const n: Record<string, number> = {};
  for (const [name, fallback] of Object.entries(POSITIVE_FLAGS)) {
    const value = int(name, fallback);
    if (value === undefined || value < 1) {
      process.stderr.write(`subnetkit devnet: --${name} takes a positive integer\n`);
      return 2;
    }
    n[name] = value;
  }
  const rpcMethods = values['rpc-methods'] ?? 'auto';
  if (!isRpcMethodsMode(rpcMethods)) {
    process.stderr.write('subnetkit devnet: --rpc-methods takes safe, unsafe or auto\n');
    return 2;
  }
  const cors = values['rpc-cors'];
  if (
    cors !== undefined &&
    (typeof cors !== 'string' || cors.split(',').every((origin) => origin.trim() === ''))
  ) {
    process.stderr.write('subnetkit devnet: --rpc-cors takes `all` or a comma-separated list of origins\n');
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
  const { parseRpcCors, startDevnet } = await import('@subnetkit/chain');
  const devnet = await startDevnet({
    logger,
    port,
    mode,
    blockTime: n['block-time'],
    devRpc: !values['no-dev-rpc'],
    rpcLimits: {
      maxRequestBytes: n['rpc-max-request-size'] * MIB,
      maxResponseBytes: n['rpc-max-response-size'] * MIB,
      maxConnections: n['rpc-max-connections'],
      maxSubscriptionsPerConnection: n['rpc-max-subscriptions-per-connection'],
      maxBatchLength: n['rpc-max-batch-request-len'],
      messageBufferCapacity: n['rpc-message-buffer-capacity-per-connection'],
    },
    rpcMethods,
    ...(cors === undefined ? {} : { rpcCors: parseRpcCors(cors) }),
    poolLimits: { count: n['pool-limit'], bytes: n['pool-kbytes'] * 1024 },
    ...(typeof values.host === 'string' ? { host: values.host } : {}),
    ...(typeof values['base-path'] === 'string' ? { basePath: values['base-path'] } : {}),
  }).catch((error: unknown) => {
    const failure = explainPortInUse(error, 'port');
    if (!(failure instanceof CliError)) throw error;
    process.stderr.write(`subnetkit devnet: error: ${failure.shortMessage}\n  fix: ${failure.fix}\n`);
    return undefined;
  });
  if (devnet === undefined) return 1;
  const stopped = nextStopSignal(); // before the ready line: whoever reads it may signal at once
  process.stdout.write(`devnet ready ${devnet.url}\n`);
  const signal = await stopped;
  process.stderr.write(`subnetkit devnet: ${signal}, closing at block #${devnet.chain.head().number}\n`);
  try {
    await devnet.close();
    return 0;
  } catch (error) {
    process.stderr.write(`subnetkit devnet: close failed: ${(error as Error).message}\n`);
    return 1;
  }
};
