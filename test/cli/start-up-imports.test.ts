/**
 * Start-up cost of the `subnetkit` binary: `--help`, the light commands and every command's `--help` load none of
 * the heavy dependencies — the chain client, the devnet's storage, the queues, ONNX Runtime, the web server — and
 * `wallet list` no crypto at all. Each case runs the built binary (cli/bin/subnetkit.js → dist) in a child process
 * that records every module it loads (test/support/record-imports.ts); a chain command is the control that the
 * recorder sees them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadVectors, stepInput } from '@subnetkit/chain/yuma/vectors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const recorder = fileURLToPath(new URL('../support/record-imports.ts', import.meta.url));
const HEAVY = ['@polkadot/api', 'bullmq', 'ioredis', 'onnxruntime-node', 'fastify', 'lmdb'];
const CRYPTO = ['@polkadot/util-crypto', '@polkadot/wasm-crypto', 'libsodium-wrappers-sumo'];
const dir = tempDir('subnetkit-cli-start-');
const wallets = join(dir.path, 'wallets');

/** Runs the binary with the recorder: its exit code, output, and whether it loaded a package (by node_modules name). */
function subnetkit(args: string[], input = '') {
  const log = join(mkdtempSync(join(dir.path, 'log-')), 'imports.txt');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', recorder, 'cli/bin/subnetkit.js', ...args],
    {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: dir.path, RECORD_IMPORTS_LOG: log },
    },
  );
  const urls = readFileSync(log, 'utf8').split('\n');
  const packages = new Set(urls.map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]));
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    loaded: (name: string) => packages.has(name),
  };
}

const loadedOf = (run: ReturnType<typeof subnetkit>, names: readonly string[]) => names.filter(run.loaded);

beforeAll(async () => {
  for (const name of ['owner', 'validator']) {
    const created = await cli(['wallet', 'create', '--wallet.name', name, '--no-password'], {
      env: { SUBNETKIT_WALLET_PATH: wallets },
    });
    expect(created.code, created.stderr).toBe(0);
  }
});
afterAll(() => dir.remove());

describe('subnetkit start-up', () => {
  it('default: --help loads no heavy dependency', () => {
    const run = subnetkit(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: subnetkit <command>');
    expect(loadedOf(run, [...HEAVY, ...CRYPTO])).toEqual([]);
  });

  it('behavior: wallet list reads the public files without loading crypto or heavy dependencies', () => {
    const run = subnetkit(['wallet', 'list', '--wallet.path', wallets, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const listed = JSON.parse(run.stdout) as {
      name: string;
      coldkey: string;
      hotkeys: { address: string }[];
    }[];
    expect(listed.map((w) => w.name)).toEqual(['owner', 'validator']);
    for (const wallet of listed) {
      expect(wallet.coldkey).toMatch(/^5\w{47}$/);
      expect(wallet.hotkeys[0]?.address).toMatch(/^5\w{47}$/);
    }
    expect(loadedOf(run, [...HEAVY, ...CRYPTO])).toEqual([]);
  });

  it('behavior: wallet create and yuma epoch load no heavy dependency', () => {
    const created = subnetkit([
      'wallet',
      'create',
      '--wallet.path',
      wallets,
      '--wallet.name',
      'x',
      '--no-password',
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect(loadedOf(created, HEAVY)).toEqual([]);
    const bonds = loadVectors().epoch_cases.find((c) => c.id === 'epoch.test_bonds')!;
    const epoch = subnetkit(['yuma', 'epoch'], JSON.stringify(stepInput(bonds, bonds.steps[3])));
    expect(epoch.code, epoch.stderr).toBe(0);
    expect(loadedOf(epoch, HEAVY)).toEqual([]);
  });

  it.each([
    'new --help',
    'devnet --help',
    'start --help',
    'yuma --help',
    'wallet --help',
    'wallet balance --help',
    'subnets show --help',
    'validator --help',
    'validator-worker --help',
    'miner --help',
    'miner firewall --help',
    'dashboard --help',
  ])('behavior: %s loads no heavy dependency', (command) => {
    const run = subnetkit(command.split(' '));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('usage: subnetkit');
    expect(loadedOf(run, HEAVY)).toEqual([]);
  });

  it('behavior: a chain command does load the chain client (the recorder sees it)', () => {
    // A host that never resolves (.invalid): unlike a refused port, it gets as far as the chain client.
    const run = subnetkit([
      'subnets',
      'list',
      '--subtensor.chain_endpoint',
      'ws://node.invalid:9944',
      '--timeout',
      '1',
    ]);
    expect(run.code).toBe(1);
    expect(run.loaded('@polkadot/api')).toBe(true);
  });
});
