import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { afterAll, describe, expect, it } from 'vitest';
import { wsProvider } from '../support/ws-provider.js';
import { accountOf, type NumberView, root, runCli, spawnDevnet, watch } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'subnetkit-devnet-'));
const TAO = 10n ** 9n;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('subnetkit devnet (CLI)', () => {
  it('behavior: prints ready, exits 0 on SIGTERM, and resumes from --base-path', async () => {
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');

    const first = await spawnDevnet(['--instant', '--base-path', dir]);
    let api = await ApiPromise.create({ provider: wsProvider(first.url), noInitWarn: true });
    const genesis = api.genesisHash.toHex();
    await watch(api.tx.balances.transferKeepAlive(bob.address, 5n * TAO), alice);
    const head = await api.rpc.chain.getHeader();
    const bobBefore = (await accountOf(api, bob.address)).data.free.toBigInt();
    const issuance = ((await api.query.balances.totalIssuance()) as unknown as NumberView).toBigInt();
    await api.disconnect();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await spawnDevnet(['--manual', '--base-path', dir]);
    api = await ApiPromise.create({ provider: wsProvider(second.url), noInitWarn: true });
    try {
      expect(api.genesisHash.toHex()).toBe(genesis);
      const resumed = await api.rpc.chain.getHeader();
      expect(resumed.hash.toHex()).toBe(head.hash.toHex());
      expect((await accountOf(api, bob.address)).data.free.toBigInt()).toBe(bobBefore);
      expect(((await api.query.balances.totalIssuance()) as unknown as NumberView).toBigInt()).toBe(issuance);
      expect((await api.rpc.system.accountNextIndex(alice.address)).toNumber()).toBe(1);
    } finally {
      await api.disconnect();
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
  }, 60_000);

  it.each([
    [['--rpc-cors', ' , '], '--rpc-cors takes `all` or a comma-separated list of origins'],
    [['--rpc-methods', 'some'], '--rpc-methods takes safe, unsafe or auto'],
    [['--pool-limit', '0'], '--pool-limit takes a positive integer'],
  ])('error: %j is a usage error (exit 2) before anything starts', (flags, message) => {
    const run = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', runCli, 'devnet', ...flags],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('    at ');
  });
});
