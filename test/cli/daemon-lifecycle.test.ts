/**
 * The daemons (`subnetkit devnet`, `miner`, `validator`, `validator-worker`, `dashboard`) as separate processes of
 * the built binary: a start-up failure (a taken port, no Redis) exits 1 at once with the flag that fixes it, and
 * SIGTERM ends them in every state: while connecting to a chain (or Redis) that does not answer, and once ready
 * (exit 0 after draining). Time bounds are generous (a loaded machine); the daemons' own budgets are tighter
 * (cleanup 1.5 s after a failure, 4 s after a stop: cli/src/framework/define-group.ts).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import {
  burnedRegister,
  createKeypair,
  createSubtensorClient,
  getBalance,
  getMetagraph,
  type SubtensorClient,
  transfer,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { alice, startAliceSubnet, TAO } from '../support/sdk-subnet.js';
import { type RedisServer, startRedisServer } from '../validator/redis-server.js';
import { cli, tempDir } from './helpers.js';

const bin = fileURLToPath(new URL('../../cli/bin/subnetkit.js', import.meta.url));
const model = fileURLToPath(new URL('../../subnet-template/models/mlp-small.onnx', import.meta.url));
const dir = tempDir('subnetkit-daemons-');
const hasScript =
  spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') === true;
/** How long a daemon may take to exit after a start-up failure or SIGTERM here (its own budget is under 5 s). */
const EXIT_BOUND_MS = 15_000;
let devnet: Devnet;
let client: SubtensorClient;
let netuid: number;
let taken: Server;
let takenPort: number;
let env: Record<string, string>;

type Exit = {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
};

type Daemon = { child: ChildProcess; exited: Promise<Exit>; stdout(): string; stderr(): string };

function daemon(args: string[]): Daemon {
  const started = Date.now();
  const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started })),
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Resolves once the daemon prints `<name> ready`; throws with its stderr if it exits first or takes over 60 s. */
async function untilReady(running: Daemon, name: string): Promise<void> {
  const ready = new RegExp(`^${name} ready`, 'm');
  for (const deadline = Date.now() + 60_000; !ready.test(running.stdout()); await sleep(50)) {
    const { exitCode, signalCode } = running.child;
    if (exitCode !== null || signalCode !== null || Date.now() > deadline) {
      throw new Error(`${name} not ready (exit ${exitCode ?? signalCode}):\n${running.stderr()}`);
    }
  }
}

/** Sends SIGTERM and resolves with the exit and how long it took after the signal. */
async function terminate(running: Daemon): Promise<Exit & { afterSignalMs: number }> {
  const sent = Date.now();
  running.child.kill('SIGTERM');
  const exit = await running.exited;
  return { ...exit, afterSignalMs: Date.now() - sent };
}

async function listening(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/** A server that accepts every connection and closes it at once (or, `silent`, never answers): a chain or Redis that is not there yet. */
async function unanswering(silent = false): Promise<{ port: number; connections(): number; close(): void }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    if (!silent) socket.destroy();
  });
  const port = await listening(server);
  return {
    port,
    connections: () => connections,
    close: () => {
      server.close();
      server.unref();
    },
  };
}

const daemonHotkey = createKeypair({ uri: '//DaemonHotkey' });
/** Registered too, with no balance at all. */
const poorHotkey = createKeypair({ uri: '//DaemonPoorHotkey' });

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
  client = await createSubtensorClient({ url: devnet.url });
  // The hotkey is registered on a started subnet and can pay fees, so the miner and the validator start for real.
  netuid = await startAliceSubnet(client, createKeypair({ uri: '//DaemonOwner_hk' }), {});
  await burnedRegister(client, {
    signer: createKeypair({ uri: '//Bob' }),
    netuid,
    hotkey: daemonHotkey.address,
  });
  await transfer(client, { signer: alice, to: daemonHotkey.address, amount: TAO });
  await burnedRegister(client, {
    signer: createKeypair({ uri: '//Bob' }),
    netuid,
    hotkey: poorHotkey.address,
  });
  taken = createServer();
  takenPort = await listening(taken);
  env = {
    PATH: process.env.PATH ?? '',
    HOME: dir.path,
    SUBNETKIT_WALLET_PATH: join(dir.path, 'wallets'),
    SUBNETKIT_WALLET_NAME: 'daemon',
    SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
  };
  for (const [wallet, uri] of [
    ['daemon', '//DaemonHotkey'],
    ['poor', '//DaemonPoorHotkey'],
  ] as const) {
    const hotkey = await cli(['wallet', 'regen-hotkey', '--wallet.name', wallet, '--uri', uri], { env });
    expect(hotkey.code, hotkey.stderr).toBe(0);
  }
}, 60_000);
afterAll(async () => {
  taken?.close();
  await client?.disconnect();
  await devnet?.close();
  dir.remove();
});

/** `subnetkit miner` serving the test model on the registered hotkey, with `extra` flags. */
const minerArgs = (...extra: string[]) => [
  'miner',
  '--netuid',
  String(netuid),
  '--axon.external_ip',
  '203.0.113.7',
  '--axon.external_port',
  '8091',
  '--model',
  model,
  '--model.providers',
  'cpu',
  ...extra,
];

describe('daemon lifecycle: start-up failures', () => {
  it('error: a validator whose metrics port is taken exits 1 at once, naming --metrics.port', {
    timeout: 30_000,
  }, async () => {
    const { exited } = daemon(['validator', '--netuid', '1', '--metrics.port', String(takenPort)]);
    const exit = await exited;
    expect(exit.code, exit.stderr).toBe(1);
    expect(exit.stderr).toContain(
      `another process already listens on 127.0.0.1:${takenPort} (--metrics.port)`,
    );
    expect(exit.stderr).toContain('fix: pass another --metrics.port, or --metrics.port 0 for any free port');
    expect(exit.stdout).not.toContain('validator ready');
    expect(exit.ms).toBeLessThan(EXIT_BOUND_MS);
    // Its state folder sits with the wallet (--wallet.path), not in ~/.bittensor.
    expect(existsSync(join(dir.path, 'wallets', 'daemon', 'validators', 'default', 'netuid1'))).toBe(true);
    expect(existsSync(join(dir.path, '.bittensor'))).toBe(false);
  });

  it('error: a miner whose axon port is taken exits 1 at once, naming --axon.port', {
    timeout: 30_000,
  }, async () => {
    const exit = await daemon(minerArgs('--axon.port', String(takenPort))).exited;
    expect(exit.code, exit.stderr).toBe(1);
    expect(exit.stderr).toContain(`another process already listens on 0.0.0.0:${takenPort} (--axon.port)`);
    expect(exit.stderr).toContain('fix: pass another --axon.port, or --axon.port 0 for any free port');
    expect(exit.stdout).not.toContain('miner ready');
    expect(exit.ms).toBeLessThan(EXIT_BOUND_MS);
  });

  it('behavior: a miner whose hotkey holds no TAO serves its axon and starts (serve_axon is free, as on subtensor)', {
    timeout: 90_000,
  }, async () => {
    const running = daemon(minerArgs('--axon.port', '0', '--wallet.name', 'poor'));
    await untilReady(running, 'miner');
    const metagraph = await getMetagraph(client, { netuid });
    const uid = metagraph.hotkeys.indexOf(poorHotkey.address);
    expect(metagraph.axons[uid]).toMatchObject({ ip: '203.0.113.7', port: 8091 });
    expect((await getBalance(client, { address: poorHotkey.address })).free).toBe(0n);
    const exit = await terminate(running);
    expect(exit.code, exit.stderr).toBe(0);
  });

  it('error: a devnet or a dashboard whose port is taken exits 1 with the fix', {
    timeout: 60_000,
  }, async () => {
    for (const args of [
      ['devnet', '--tmp', '--port', String(takenPort)],
      ['dashboard', '--port', String(takenPort)],
    ]) {
      const exit = await daemon(args).exited;
      expect(exit.code, exit.stderr).toBe(1);
      expect(exit.stderr).toContain(`another process already listens on 127.0.0.1:${takenPort} (--port)`);
      expect(exit.stderr).toContain('fix: pass another --port, or --port 0 for any free port');
      expect(exit.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(exit.ms).toBeLessThan(EXIT_BOUND_MS);
    }
  });

  it('error: a validator-worker or a validator --redis with no Redis there exits 1 at once with the fix', {
    timeout: 60_000,
  }, async () => {
    const nothing = await unanswering();
    nothing.close(); // a port nothing listens on
    const silent = await unanswering(true); // accepts, never answers: not Redis, or a Redis behind a dead link
    try {
      const cases = [
        [
          ['validator-worker', '--redis', `redis://127.0.0.1:${nothing.port}`],
          `redis://127.0.0.1:${nothing.port}`,
        ],
        [
          ['validator-worker', '--redis', `redis://127.0.0.1:${silent.port}`],
          `redis://127.0.0.1:${silent.port}`,
        ],
        [
          [
            'validator',
            '--netuid',
            String(netuid),
            '--metrics.port',
            '0',
            '--redis',
            `redis://127.0.0.1:${nothing.port}`,
          ],
          `redis://127.0.0.1:${nothing.port}`,
        ],
      ] as const;
      const exits = await Promise.all(cases.map(([args]) => daemon([...args]).exited));
      exits.forEach((exit, i) => {
        expect(exit.code, exit.stderr).toBe(1);
        expect(exit.stderr).toContain(`error: no Redis answered at ${cases[i]![1]}`);
        expect(exit.stderr).toContain('(VALIDATOR_QUEUE_REDIS_UNAVAILABLE)');
        expect(exit.stderr).toContain('fix: start Redis');
        expect(exit.stdout).not.toContain('ready');
        expect(exit.ms).toBeLessThan(EXIT_BOUND_MS);
      });
    } finally {
      silent.close();
    }
  });
});

describe('daemon lifecycle: SIGTERM', () => {
  it('behavior: SIGTERM while the miner, validator or dashboard retries its chain connection ends it at once', {
    timeout: 90_000,
  }, async () => {
    const stop = async (args: string[]) => {
      const chain = await unanswering();
      try {
        const running = daemon([...args, '--subtensor.chain_endpoint', `ws://127.0.0.1:${chain.port}`]);
        // The refused-port probe, the first WebSocket and at least one retry: it is in its connect-retry loop.
        await expect.poll(chain.connections, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
        const exit = await terminate(running);
        expect(exit.afterSignalMs, args[0]).toBeLessThan(EXIT_BOUND_MS);
        expect(exit.signal ?? exit.code, `${args[0]}: ${exit.stderr}`).not.toBe(0);
        expect(exit.stdout).not.toContain('ready');
      } finally {
        chain.close();
      }
    };
    await Promise.all([
      stop(['validator', '--netuid', '1', '--metrics.port', '0']),
      stop(minerArgs('--axon.port', '0')),
      stop(['dashboard', '--port', '0']),
    ]);
  });

  it('behavior: SIGTERM while the validator-worker waits for its Redis to answer ends it at once', {
    timeout: 30_000,
  }, async () => {
    // A long --redis ping would hold it; the signal must not wait for the ping's deadline.
    const silent = await unanswering(true);
    try {
      const running = daemon(['validator-worker', '--redis', `redis://127.0.0.1:${silent.port}`]);
      await expect.poll(silent.connections, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      const exit = await terminate(running);
      expect(exit.afterSignalMs).toBeLessThan(EXIT_BOUND_MS);
      expect(exit.signal ?? exit.code, exit.stderr).not.toBe(0);
    } finally {
      silent.close();
    }
  });

  describe('once ready', () => {
    let redis: RedisServer | undefined;
    beforeAll(async () => {
      if (inject('redis').server) redis = await startRedisServer();
    }, 30_000);
    afterAll(async () => {
      await redis?.dispose();
    });

    it('behavior: every daemon, ready and waiting, exits 0 within the bound of SIGTERM', {
      timeout: 180_000,
    }, async () => {
      const daemons: [string, string[]][] = [
        ['devnet', ['devnet', '--tmp', '--port', '0']],
        ['miner', minerArgs('--axon.port', '0')],
        ['validator', ['validator', '--netuid', String(netuid), '--metrics.port', '0']],
        ['dashboard', ['dashboard', '--port', '0']],
      ];
      if (redis !== undefined) {
        daemons.push(['validator-worker', ['validator-worker', '--redis', redis.url]]);
        daemons.push([
          'validator',
          [
            'validator',
            '--netuid',
            String(netuid),
            '--metrics.port',
            '0',
            '--redis',
            redis.url,
            '--state',
            join(dir.path, 'redis-validator-state.json'),
          ],
        ]);
      }
      // All at once (they wait on sockets more than on the CPU), then one SIGTERM each.
      const running = daemons.map(([name, args]) => ({ name, args, daemon: daemon(args) }));
      try {
        await Promise.all(running.map(({ name, daemon }) => untilReady(daemon, name)));
      } finally {
        const exits = await Promise.all(running.map(({ daemon }) => terminate(daemon)));
        exits.forEach((exit, i) => {
          const what = running[i]!.args.join(' ');
          expect(exit.code, `${what}: ${exit.stderr}`).toBe(0);
          expect(exit.afterSignalMs, what).toBeLessThan(EXIT_BOUND_MS);
        });
      }
    });
  });
});

describe.skipIf(!hasScript)('daemon logs on a terminal', () => {
  it('behavior: on a terminal the dashboard logs readable lines, piped JSON lines; Ctrl-C stops it with exit 0', {
    timeout: 60_000,
  }, async () => {
    // util-linux `script` runs it on a pty, as in a user's terminal; `exec`, so that the shell script starts it with
    // does not stay in the foreground and take the Ctrl-C too.
    const command = `exec ${[process.execPath, bin, 'dashboard', '--port', '0'].map((word) => JSON.stringify(word)).join(' ')}`;
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...env, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let screen = '';
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await expect.poll(() => screen, { timeout: 30_000 }).toMatch(/^dashboard ready/m);
      expect(screen).toMatch(
        /^\d\d:\d\d:\d\d INFO {2}dashboard dashboard listening url=http:\/\/127\.0\.0\.1:\d+\/\r?$/m,
      );
      expect(screen).not.toContain('{"level"');
      child.stdin.write('\x03'); // Ctrl-C: SIGINT to the foreground process
      expect(await exited, screen).toBe(0);
      expect(screen).toMatch(/\d\d:\d\d:\d\d INFO {2}dashboard stopping signal=SIGINT\r?$/m);
    } finally {
      child.kill('SIGKILL');
    }

    const piped = daemon(['dashboard', '--port', '0']);
    await untilReady(piped, 'dashboard');
    const exit = await terminate(piped);
    const lines = exit.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(['following subnet', 'dashboard listening', 'stopping']);
  });
});
