/**
 * One `subnetkit devnet --tmp` (250 ms blocks) for a file of btcli tests: the interop venv, a temp home for btcli's
 * wallets and config, our SDK client for independent reads, and //Alice's started subnet (tempo 20).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeypair, createSubtensorClient, type SubtensorClient } from '@subnetkit/sdk';
import { afterAll, beforeAll } from 'vitest';
import { type DevnetProcess, spawnDevnet } from '../../support/devnet-process.js';
import { startAliceSubnet } from '../../support/sdk-subnet.js';
import { interopPython } from './interop-venv.js';
import { type BtcliContext, btcli } from './run-btcli.js';

/** Each btcli run starts Python and decrypts the coldkey (Argon2i, 512 MiB): seconds each on 2 loaded cores. */
export const BTCLI_TEST_MS = 120_000;

/** The devnet and what the tests drive it with; valid inside the tests of the file. */
export interface BtcliDevnet {
  ctx(): BtcliContext;
  devnet(): DevnetProcess;
  client(): SubtensorClient;
  /** //Alice's subnet, started. */
  netuid(): number;
}

/**
 * btcli's `alice` wallet (`--uri Alice`: one key as coldkey and hotkey, no password), created on first use; returns
 * the wallet flags.
 *
 * @example
 * await btcli(ctx, ['sudo', 'set', ...(await aliceWallet(ctx)), '--param', 'tempo', '--value', '30']);
 */
export async function aliceWallet(ctx: BtcliContext): Promise<string[]> {
  const owner = ['--wallet-name', 'alice', '--wallet-path', ctx.wallets, '--hotkey', 'default'];
  await btcli(ctx, ['wallet', 'create', '--uri', 'Alice', ...owner, '--no-use-password', '--json-output'], {
    chain: false,
  });
  return owner;
}

/**
 * Registers the file's `beforeAll`/`afterAll`: the venv, the devnet, the client and //Alice's subnet, torn down after.
 *
 * @example
 * const chain = btcliDevnet(pythonCommand);
 * it('…', async () => btcli(chain.ctx(), ['subnets', 'list', '--json-output']));
 */
export function btcliDevnet(pythonCommand: string): BtcliDevnet {
  let ctx: BtcliContext | undefined;
  let devnet: DevnetProcess | undefined;
  let client: SubtensorClient | undefined;
  let netuid: number | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the devnet is not started: use it inside a test');
    return value;
  };
  beforeAll(async () => {
    const [venvPython, spawned, home] = await Promise.all([
      interopPython(pythonCommand),
      spawnDevnet(['--tmp', '--block-time', '250']),
      mkdtemp(join(tmpdir(), 'btcli-home-')),
    ]);
    devnet = spawned;
    ctx = { python: venvPython, url: spawned.url, home, wallets: join(home, 'wallets') };
    client = await createSubtensorClient({ url: spawned.url, deadlineMs: 20_000 });
    netuid = await startAliceSubnet(client, createKeypair({ uri: '//Alice//owner' }), {
      tempo: 20,
      weights_set_rate_limit: 0,
    });
  }, 600_000);
  afterAll(async () => {
    await client?.disconnect();
    await devnet?.stop();
    if (ctx !== undefined) await rm(ctx.home, { recursive: true, force: true });
  }, BTCLI_TEST_MS);
  return {
    ctx: () => started(ctx),
    devnet: () => started(devnet),
    client: () => started(client),
    netuid: () => started(netuid),
  };
}
