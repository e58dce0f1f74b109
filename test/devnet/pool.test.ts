import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountOf, type NumberView, startWithApi } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const TAO = 10n ** 9n;
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });

beforeAll(async () => {
  ({ devnet, api } = await startWithApi({ mode: 'manual' }));
});

afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
}

describe('transaction pool (manual block production)', () => {
  it('error: reusing a pooled nonce with the same tip is 1014 Priority is too low', async () => {
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const first = await api.tx.balances.transferKeepAlive(bob.address, TAO).signAsync(alice, { nonce });
    await api.rpc.author.submitExtrinsic(first.toHex());
    const second = await api.tx.balances.transferKeepAlive(bob.address, 2n * TAO).signAsync(alice, { nonce });
    expect(await rejection(api.rpc.author.submitExtrinsic(second.toHex()))).toMatch(
      /^1014: Priority is too low/,
    );
    expect(await rejection(api.rpc.author.submitExtrinsic(first.toHex()))).toMatch(
      /^1013: Transaction Already Imported/,
    );
    const pending = await api.rpc.author.pendingExtrinsics();
    expect(pending.map((x) => x.hash.toHex())).toEqual([first.hash.toHex()]);
  });

  it('behavior: a higher tip replaces the pooled transaction (usurped)', async () => {
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const [pooled] = await api.rpc.author.pendingExtrinsics();
    const nonce = pooled!.nonce.toNumber();
    const better = await api.tx.balances
      .transferKeepAlive(bob.address, 3n * TAO)
      .signAsync(alice, { nonce, tip: 1000 });
    await api.rpc.author.submitExtrinsic(better.toHex());
    const pending = await api.rpc.author.pendingExtrinsics();
    expect(pending.map((x) => x.hash.toHex())).toEqual([better.hash.toHex()]);
    await devnet.newBlock();
    const block = await api.rpc.chain.getBlock();
    expect(block.block.extrinsics.map((x) => x.hash.toHex())).toContain(better.hash.toHex());
  });

  it('behavior: a future nonce waits in the pool until the gap is filled', async () => {
    const charlie = keyring.addFromUri('//Charlie');
    const bob = keyring.addFromUri('//Bob');
    const nonce = (await api.rpc.system.accountNextIndex(charlie.address)).toNumber();
    const later = await api.tx.balances
      .transferKeepAlive(bob.address, TAO)
      .signAsync(charlie, { nonce: nonce + 1 });
    const statuses: string[] = [];
    const unsub = await api.rpc.author.submitAndWatchExtrinsic(later, (s) => {
      statuses.push(s.type);
    });
    await devnet.newBlock();
    expect((await api.rpc.chain.getBlock()).block.extrinsics.length).toBe(1);
    expect((await api.rpc.system.accountNextIndex(charlie.address)).toNumber()).toBe(nonce);
    const first = await api.tx.balances.transferKeepAlive(bob.address, TAO).signAsync(charlie, { nonce });
    await api.rpc.author.submitExtrinsic(first.toHex());
    expect((await api.rpc.system.accountNextIndex(charlie.address)).toNumber()).toBe(nonce + 2);
    await devnet.newBlock();
    const hashes = (await api.rpc.chain.getBlock()).block.extrinsics.map((x) => x.hash.toHex());
    expect(hashes.slice(1)).toEqual([first.hash.toHex(), later.hash.toHex()]);
    await new Promise((r) => setTimeout(r, 400));
    unsub();
    expect(statuses).toEqual(['Future', 'Ready', 'InBlock', 'Finalized']);
  });

  it('error: a nonce below the account nonce is 1010 Transaction is outdated', async () => {
    const charlie = keyring.addFromUri('//Charlie');
    const stale = await api.tx.balances
      .transferKeepAlive(keyring.addFromUri('//Bob').address, TAO)
      .signAsync(charlie, { nonce: 0 });
    expect(await rejection(api.rpc.author.submitExtrinsic(stale.toHex()))).toBe(
      '1010: Invalid Transaction: Transaction is outdated',
    );
  });

  it('error: an account that cannot pay the fee is rejected with the payment message', async () => {
    const poor = keyring.addFromUri('//Poor');
    const tx = await api.tx.balances
      .transferKeepAlive(keyring.addFromUri('//Bob').address, TAO)
      .signAsync(poor, { nonce: 0 });
    expect(await rejection(api.rpc.author.submitExtrinsic(tx.toHex()))).toMatch(
      /^1010: Invalid Transaction: Inability to pay some fees/,
    );
  });

  it('behavior: dev_newBlock builds several blocks and dev_timeTravel moves the timestamp', async () => {
    const before = (await api.rpc.chain.getHeader()).number.toNumber();
    const provider = (
      api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
    )._rpcCore.provider;
    await provider.send('dev_newBlock', [{ count: 3 }]);
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(before + 3);
    const target = Date.UTC(2030, 0, 1);
    await provider.send('dev_timeTravel', [target]);
    await provider.send('dev_newBlock', [{}]);
    const now = ((await api.query.timestamp.now()) as unknown as NumberView).toNumber();
    expect(now).toBeGreaterThanOrEqual(target);
    expect(now).toBeLessThan(target + 60_000);
  });

  it('behavior: dev_setStorage writes raw storage in a new block', async () => {
    const ferdie = keyring.addFromUri('//Ferdie');
    const provider = (
      api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
    )._rpcCore.provider;
    const key = api.query.system.account.key(ferdie.address);
    // The runtime's AccountData uses u64 balances: encode with the chain's own lookup type.
    const valueType = api.registry.createLookupType(api.query.system.account.creator.meta.type.asMap.value);
    const info = api.registry.createType(valueType, {
      nonce: 9,
      consumers: 0,
      providers: 1,
      sufficients: 0,
      data: { free: 123n * TAO, reserved: 0, frozen: 0, flags: 1n << 127n },
    });
    await provider.send('dev_setStorage', [[[key, info.toHex()]]]);
    const account = await accountOf(api, ferdie.address);
    expect(account.nonce.toNumber()).toBe(9);
    expect(account.data.free.toBigInt()).toBe(123n * TAO);
  });
});
