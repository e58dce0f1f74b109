import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { u32 } from '@polkadot/types';
import type { RuntimeVersion } from '@polkadot/types/interfaces';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountView, accountOf, type NumberView, startWithApi, watch } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const TAO = 10n ** 9n;

beforeAll(async () => {
  ({ devnet, api } = await startWithApi());
});

afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('devnet with unmodified @polkadot/api', () => {
  it('default: connects, sees chain properties and the genesis hash', async () => {
    expect(api.genesisHash.toHex()).toBe(devnet.chain.genesisHash);
    expect(api.registry.chainSS58).toBe(42);
    expect(api.registry.chainTokens).toEqual(['TAO']);
    expect(api.runtimeVersion.specName.toString()).toBe('node-subtensor');
    expect(api.runtimeMetadata.version).toBe(15);
    expect(api.consts.balances.existentialDeposit.toString()).toBe('500');
    const header = await api.rpc.chain.getHeader();
    expect(header.hash.toHex()).toBe(devnet.chain.head().hash);
  });

  it('behavior: reads system.account of a dev account', async () => {
    const alice = keyring.addFromUri('//Alice');
    const account = await accountOf(api, alice.address);
    expect(account.providers.toNumber()).toBe(1);
    expect(account.data.free.toBigInt()).toBeGreaterThan(900_000n * TAO);
  });

  it('behavior: iterates system.account.entries()', async () => {
    const entries = await api.query.system.account.entries();
    const addresses = entries.map(([key]) => key.args[0]!.toString());
    for (const uri of ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie']) {
      expect(addresses).toContain(keyring.addFromUri(uri).address);
    }
  });

  it('behavior: subscribes to new heads and to a storage key', async () => {
    const dave = keyring.addFromUri('//Dave');
    const ferdie = keyring.addFromUri('//Ferdie');
    const heads: number[] = [];
    const unsubHeads = await api.rpc.chain.subscribeNewHeads((h) => {
      heads.push(h.number.toNumber());
    });
    const balances: bigint[] = [];
    // Without augmentation for this chain the subscription is typed as a plain query; it resolves to the unsubscribe.
    const unsubAccount = (await api.query.system.account(ferdie.address, (a: AccountView) => {
      balances.push(a.data.free.toBigInt());
    })) as unknown as () => void;
    await watch(api.tx.balances.transferKeepAlive(ferdie.address, 7n * TAO), dave);
    await new Promise((r) => setTimeout(r, 100));
    unsubHeads();
    unsubAccount();
    expect(heads.length).toBeGreaterThanOrEqual(2);
    expect(balances.length).toBe(2);
    expect(balances[1]! - balances[0]!).toBe(7n * TAO);
  });

  it('behavior: transfer with signAndSend goes Ready → InBlock → Finalized with decoded events', async () => {
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const before = (await accountOf(api, bob.address)).data.free.toBigInt();
    const { statuses, result, events } = await watch(
      api.tx.balances.transferAllowDeath(bob.address, 3n * TAO),
      alice,
    );
    expect(statuses).toEqual(['Ready', 'InBlock', 'Finalized']);
    expect(events).toEqual([
      'balances.Withdraw',
      'balances.Transfer',
      'transactionPayment.TransactionFeePaid',
      'system.ExtrinsicSuccess',
    ]);
    const transfer = result.events.find((e) => api.events.balances.Transfer.is(e.event))!;
    const [from, to, amount] = transfer.event.data as unknown as [
      { toString(): string },
      { toString(): string },
      NumberView,
    ];
    expect(from.toString()).toBe(alice.address);
    expect(to.toString()).toBe(bob.address);
    expect(amount.toBigInt()).toBe(3n * TAO);
    const after = (await accountOf(api, bob.address)).data.free.toBigInt();
    expect(after - before).toBe(3n * TAO);
  });

  it('behavior: paymentInfo matches the fee actually paid', async () => {
    const charlie = keyring.addFromUri('//Charlie');
    const bob = keyring.addFromUri('//Bob');
    const tx = api.tx.balances.transferKeepAlive(bob.address, TAO);
    const info = await tx.paymentInfo(charlie);
    expect(info.partialFee.toBigInt()).toBeGreaterThan(0n);
    expect(info.weight.refTime.toBigInt()).toBeGreaterThan(0n);
    const { result } = await watch(tx, charlie);
    const paid = result.events.find((e) => api.events.transactionPayment.TransactionFeePaid.is(e.event))!;
    expect((paid.event.data[1] as unknown as NumberView).toBigInt()).toBe(info.partialFee.toBigInt());
  });

  it('error: a failing call is included with ExtrinsicFailed and a decoded module error', async () => {
    const bob = keyring.addFromUri('//Bob');
    const call = api.tx.balances.forceSetBalance(bob.address, 5n * TAO);
    const { result, events } = await watch(api.tx.sudo.sudo(call), bob);
    expect(events).toContain('system.ExtrinsicFailed');
    expect(result.dispatchError?.isModule).toBe(true);
    const decoded = api.registry.findMetaError(result.dispatchError!.asModule);
    expect(`${decoded.section}.${decoded.name}`).toBe('sudo.RequireSudo');
  });

  it('behavior: sudo by //Alice dispatches as root', async () => {
    const alice = keyring.addFromUri('//Alice');
    const eve = keyring.addFromUri('//Eve');
    const call = api.tx.balances.forceSetBalance(eve.address, 42n * TAO);
    const { events, result } = await watch(api.tx.sudo.sudo(call), alice);
    expect(events).toContain('balances.BalanceSet');
    expect(events).toContain('sudo.Sudid');
    const sudid = result.events.find((e) => api.events.sudo.Sudid.is(e.event))!;
    expect((sudid.event.data[0] as unknown as { isOk: boolean }).isOk).toBe(true);
    const eveAccount = await accountOf(api, eve.address);
    expect(eveAccount.data.free.toBigInt()).toBe(42n * TAO);
  });

  it('error: insufficient funds fail with a token error, fee still charged and nonce bumped', async () => {
    const fresh = keyring.addFromUri('//Fresh1');
    const alice = keyring.addFromUri('//Alice');
    await watch(api.tx.balances.transferAllowDeath(fresh.address, TAO), alice);
    const { result } = await watch(api.tx.balances.transferAllowDeath(alice.address, 2n * TAO), fresh);
    expect(result.dispatchError?.isToken).toBe(true);
    expect(result.dispatchError?.asToken.type).toBe('FundsUnavailable');
    const account = await accountOf(api, fresh.address);
    expect(account.nonce.toNumber()).toBe(1);
    expect(account.data.free.toBigInt()).toBeLessThan(TAO);
  });

  it('behavior: transfer_all reaps the sender and emits KilledAccount', async () => {
    const temp = keyring.addFromUri('//Temp1');
    const alice = keyring.addFromUri('//Alice');
    await watch(api.tx.balances.transferAllowDeath(temp.address, TAO), alice);
    const { events } = await watch(api.tx.balances.transferAll(alice.address, false), temp);
    expect(events).toContain('system.KilledAccount');
    const account = await accountOf(api, temp.address);
    expect(account.providers.toNumber()).toBe(0);
    expect(account.data.free.toBigInt()).toBe(0n);
  });

  it('behavior: api.call runtime APIs and accountNextIndex', async () => {
    const alice = keyring.addFromUri('//Alice');
    const nonce = await api.call.accountNonceApi.accountNonce<u32>(alice.address);
    const next = await api.rpc.system.accountNextIndex(alice.address);
    expect(next.toNumber()).toBe(nonce.toNumber());
    const version = await api.call.core.version<RuntimeVersion>();
    expect(version.specVersion.toNumber()).toBe(api.runtimeVersion.specVersion.toNumber());
  });

  it('behavior: tx.dryRun reports success and dispatch errors without changing state', async () => {
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const ok = await api.tx.balances.transferKeepAlive(bob.address, TAO).dryRun(alice);
    expect(ok.isOk && ok.asOk.isOk).toBe(true);
    const failed = await api.tx.sudo.sudo(api.tx.balances.forceSetBalance(bob.address, 1n)).dryRun(bob);
    expect(failed.isOk && failed.asOk.isErr).toBe(true);
    const error = api.registry.findMetaError(failed.asOk.asErr.asModule);
    expect(error.name).toBe('RequireSudo');
    expect((await api.rpc.system.accountNextIndex(alice.address)).toNumber()).toBe(nonce);
  });

  it('behavior: instant mode builds one block per submitted transaction', async () => {
    const charlie = keyring.addFromUri('//Charlie');
    const dave = keyring.addFromUri('//Dave');
    const ferdie = keyring.addFromUri('//Ferdie');
    const [a, b] = await Promise.all([
      watch(api.tx.balances.transferKeepAlive(ferdie.address, TAO), charlie),
      watch(api.tx.balances.transferKeepAlive(ferdie.address, TAO), dave),
    ]);
    const blockA = a.result.status.asFinalized.toHex();
    const blockB = b.result.status.asFinalized.toHex();
    expect(blockA).not.toBe(blockB);
    for (const hash of [blockA, blockB]) {
      const block = await api.rpc.chain.getBlock(hash);
      expect(block.block.extrinsics.length).toBe(2); // the timestamp inherent and the transfer
    }
  });

  it('behavior: historic reads with api.at', async () => {
    const alice = keyring.addFromUri('//Alice');
    const at = await api.at(devnet.chain.genesisHash);
    const account = await accountOf(at, alice.address);
    expect(account.data.free.toBigInt()).toBe(1_000_000n * TAO);
    expect(account.nonce.toNumber()).toBe(0);
  });
});
