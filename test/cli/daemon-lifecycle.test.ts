/**
 * The daemons (`subnetkit validator`, `subnetkit miner`) as separate processes of the built binary: a start-up
 * failure exits non-zero at once with the flag that fixes it, and SIGTERM ends them in every state.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';

const bin = fileURLToPath(new URL('../../cli/bin/subnetkit.js', import.meta.url));
const dir = tempDir('subnetkit-daemons-');
let devnet: Devnet;
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

function daemon(args: string[]): { child: ChildProcess; exited: Promise<Exit> } {
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
  return { child, exited };
}

async function listening(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
  taken = createServer();
  takenPort = await listening(taken);
  env = {
    PATH: process.env.PATH ?? '',
    HOME: dir.path,
    SUBNETKIT_WALLET_PATH: join(dir.path, 'wallets'),
    SUBNETKIT_WALLET_NAME: 'daemon',
    SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
  };
  const hotkey = await cli(['wallet', 'regen-hotkey', '--uri', '//DaemonHotkey'], { env });
  expect(hotkey.code, hotkey.stderr).toBe(0);
}, 60_000);
afterAll(async () => {
  taken?.close();
  await devnet?.close();
  dir.remove();
});

describe('daemon lifecycle', () => {
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
    expect(exit.ms).toBeLessThan(15_000);
    // Its state folder sits with the wallet (--wallet.path), not in ~/.bittensor.
    expect(existsSync(join(dir.path, 'wallets', 'daemon', 'validators', 'default', 'netuid1'))).toBe(true);
    expect(existsSync(join(dir.path, '.bittensor'))).toBe(false);
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
    }
  });

  it('behavior: SIGTERM while the validator is still connecting ends it within 5 s', {
    timeout: 30_000,
  }, async () => {
    const dropping = createServer((socket) => socket.destroy());
    const port = await listening(dropping);
    try {
      const { child, exited } = daemon([
        'validator',
        '--netuid',
        '1',
        '--metrics.port',
        '0',
        '--subtensor.chain_endpoint',
        `ws://127.0.0.1:${port}`,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const sent = Date.now();
      child.kill('SIGTERM');
      const exit = await exited;
      expect(Date.now() - sent).toBeLessThan(5_000);
      expect(exit.code === 0 ? 'exit 0' : 'stopped').toBe('stopped');
    } finally {
      dropping.close();
    }
  });
});
