/**
 * The installed `subnetkit` binary (cli/bin/subnetkit.js → dist, built by `npm ci`'s prepare) as a separate
 * process: exit codes, piped (plain) output and environment configuration end to end. The other CLI tests run
 * the same code in-process.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, cli, tempDir } from './helpers.js';

const bin = fileURLToPath(new URL('../../cli/bin/subnetkit.js', import.meta.url));
const dir = tempDir('subnetkit-cli-bin-');
let devnet: Devnet;
let env: Record<string, string>;

function subnetkit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdin.end();
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
  env = {
    PATH: process.env.PATH ?? '',
    HOME: dir.path,
    SUBNETKIT_WALLET_PATH: join(dir.path, 'wallets'),
    SUBNETKIT_WALLET_NAME: 'alice',
    SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
  };
});
afterAll(async () => {
  await devnet?.close();
  dir.remove();
});

describe('the subnetkit binary', () => {
  it('default: reads a wallet balance with every flag from the environment; piped output is plain', async () => {
    const imported = await cli(['wallet', 'regen-coldkey', '--uri', '//Alice', '--no-password'], { env });
    expect(imported.code, imported.stderr).toBe(0);
    const balance = await subnetkit(['wallet', 'balance']);
    expect(balance.code, balance.stderr).toBe(0);
    expect(balance.stdout).toMatch(/alice\s+5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\s+τ1000000\.0/);
    expect(balance.stdout + balance.stderr).not.toMatch(ANSI);
  });

  it('error: an unreachable node exits 1 with the fix, and nothing else goes wrong in the process', async () => {
    const down = await subnetkit([
      'subnets',
      'list',
      '--subtensor.chain_endpoint',
      'ws://127.0.0.1:9',
      '--timeout',
      '1',
    ]);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('fix: start a local devnet');
    expect(down.stderr).not.toMatch(/Unhandled|at .*\.js:\d+/);
  });

  it('error: a refused local connection fails at once (not at --timeout) with the devnet command, without @polkadot/api lines', async () => {
    const port = await freePort();
    const started = Date.now();
    const down = await subnetkit([
      'wallet',
      'overview',
      '--subtensor.chain_endpoint',
      `ws://127.0.0.1:${port}`,
    ]);
    // correctness bound: a refusal fails at once, not at the 60 s --timeout; 20 s leaves room for a loaded machine
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`nothing listens at ws://127.0.0.1:${port} (connection refused)`);
    expect(down.stderr).toContain(
      `fix: start a local devnet with \`npx subnetkit devnet --tmp --port ${port}\``,
    );
    expect(down.stderr).not.toMatch(/API-WS|disconnected from/);
  });

  it('error: a node that drops every connection is reported once, without the reconnection chatter', async () => {
    const dropping = createServer((socket) => socket.destroy());
    dropping.listen(0, '127.0.0.1');
    await once(dropping, 'listening');
    const { port } = dropping.address() as AddressInfo;
    try {
      const url = `ws://127.0.0.1:${port}`;
      const down = await subnetkit(['subnets', 'list', '--subtensor.chain_endpoint', url, '--timeout', '3']);
      expect(down.code).toBe(1);
      expect(down.stderr).toContain(`no chain answered at ${url} within 3 s`);
      expect(down.stderr).not.toMatch(/API-WS|disconnected from/);
    } finally {
      dropping.close();
    }
  });

  it('error: a reader that closes the output early (`| head`) ends the command quietly, exit 0', async () => {
    const step = readFileSync(
      fileURLToPath(new URL('../../docs/examples/yuma-step.json', import.meta.url)),
      'utf8',
    );
    const child = spawn(process.execPath, [bin, 'yuma', 'epoch'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // Two thousand epochs print far more than a pipe buffer holds, so the writes go on after the reader is gone.
    child.stdin.end(`[${Array(2000).fill(step).join(',')}]`);
    const [first] = (await once(child.stdout, 'data')) as [Buffer];
    child.stdout.destroy();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(first.toString()).toMatch(/^\[\{"consensus_u16"/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

/** A TCP port nothing listens on: bound once by the OS, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}
