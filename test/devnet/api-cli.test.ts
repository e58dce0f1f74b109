import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const cli = join(dirname(dirname(require.resolve('@polkadot/api-cli'))), 'runcli.mjs');
let devnet: Devnet;

beforeAll(async () => {
  await cryptoWaitReady();
  devnet = await startDevnet({ port: 0, mode: 'instant' });
});

afterAll(async () => {
  await devnet?.close();
});

describe('@polkadot/api-cli against the devnet', () => {
  it('default: reads a storage item', async () => {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const { stdout } = await run(process.execPath, [
      cli,
      '--ws',
      devnet.url,
      'query.system.account',
      alice.address,
    ]);
    const out = JSON.parse(stdout);
    expect(out.account.providers).toBe('1');
    expect(out.account.data.free).toMatch(/TAO|000/);
  });

  it('behavior: submits a transfer and waits for it to be included', async () => {
    const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
    const { stdout } = await run(process.execPath, [
      cli,
      '--ws',
      devnet.url,
      '--seed',
      '//Alice',
      'tx.balances.transferKeepAlive',
      bob.address,
      '1000000000',
    ]);
    // The CLI prints each status as JSON; events by index: 0x0502 = Balances.Transfer, 0x0000 = System.ExtrinsicSuccess.
    expect(stdout).toMatch(/"inBlock": "0x[0-9a-f]{64}"/);
    expect(stdout).toContain('"index": "0x0502"');
    expect(stdout).toContain('"index": "0x0000"');
  }, 60_000);
});
