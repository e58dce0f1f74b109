import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let devnet: Devnet;
let api: ApiPromise;

beforeAll(async () => {
  await cryptoWaitReady();
  devnet = await startDevnet({ port: 0, mode: 'instant' });
  api = await ApiPromise.create({ provider: new WsProvider(devnet.url), throwOnConnect: true, noInitWarn: true });
});

afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('devnet with @polkadot/api', () => {
  it('default: connects and reads system.account', async () => {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const account = await api.query.system.account(alice.address);
    expect((account as any).data.free.toBigInt()).toBe(1_000_000n * 10n ** 9n);
    expect(api.genesisHash.toHex()).toBe(devnet.chain.genesisHash);
  });

  it('behavior: transfer with signAndSend sees Ready, InBlock, Finalized and events', async () => {
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const statuses: string[] = [];
    const events = await new Promise<string[]>((resolve, reject) => {
      api.tx.balances
        .transferAllowDeath(bob.address, 10n ** 9n)
        .signAndSend(alice, (result) => {
          statuses.push(result.status.type);
          if (result.status.isFinalized) resolve(result.events.map((e) => `${e.event.section}.${e.event.method}`));
          if (result.isError) reject(new Error(result.status.type));
        })
        .catch(reject);
    });
    expect(statuses).toEqual(['Ready', 'InBlock', 'Finalized']);
    expect(events).toContain('balances.Transfer');
    expect(events).toContain('system.ExtrinsicSuccess');
  });
});
