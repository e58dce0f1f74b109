/**
 * watchMetagraph against a real devnet: a new snapshot after a registration, after an axon is served and after an
 * epoch (not every block), delivered to `onUpdate` and to `for await`; refresh after a devnet restart on the
 * same port and database (the WsProvider resubscribes); nothing after `stop()`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { BaseError, type Metagraph, watchMetagraph } from '@subnetkit/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { advanceTo, alice, big, blockNumber, createSubnet, fund, keyring, ok } from '../subtensor/helpers.js';
import { wsProvider } from '../support/ws-provider.js';

const TEMPO = 10;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function devnetAt(basePath: string, port = 0): Promise<Devnet> {
  const devnet = await startDevnet({ port, basePath, mode: 'instant', finalizeDelay: 0 });
  cleanups.push(() => devnet.close());
  return devnet;
}

/** Resolves with the first update that satisfies `predicate` (updates seen so far included). */
function nextUpdate(updates: Metagraph[], predicate: (m: Metagraph) => boolean): Promise<Metagraph> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const found = updates.find(predicate);
      if (found) resolve(found);
      else if (Date.now() - started > 10_000) reject(new Error('no matching metagraph update within 10 s'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

describe('watchMetagraph', () => {
  it('behavior: refreshes on registration, axon and epoch, survives a restart, stops', async () => {
    const basePath = await mkdtemp(join(tmpdir(), 'sdk-metagraph-watch-'));
    cleanups.push(() => rm(basePath, { recursive: true, force: true }));
    const first = await devnetAt(basePath);
    const api = await ApiPromise.create({ provider: wsProvider(first.url, 100), noInitWarn: true });
    cleanups.push(() => api.disconnect());
    const tx = api.tx.subtensorModule;
    const netuid = await createSubnet(api, alice, keyring.addFromUri('//MwOwner_hk'), { tempo: TEMPO });
    const miner = keyring.addFromUri('//MwMiner1');
    await fund(api, miner);

    const updates: Metagraph[] = [];
    const watcher = await watchMetagraph({ api }, { netuid, onUpdate: (m) => updates.push(m) });
    cleanups.push(() => watcher.stop());
    expect(watcher.current.n).toBe(1);
    const iterator = watcher[Symbol.asyncIterator]();

    // A registration: the event triggers a refresh.
    await ok(api, tx.burnedRegister(netuid, miner.address), keyring.addFromUri('//Bob'));
    const registered = await nextUpdate(updates, (m) => m.n === 2);
    expect(registered.hotkeys[1]).toBe(miner.address);
    expect(watcher.current.n).toBe(2);
    expect((await iterator.next()).value?.n).toBe(2);
    const fresh = watcher[Symbol.asyncIterator]();
    expect((await fresh.next()).value).toBe(watcher.current);
    await fresh.return?.();

    // Plain blocks without subnet events or an epoch do not re-read the metagraph.
    const before = updates.length;
    const block = await blockNumber(api);
    const epochAt = Number(big(await api.query.subtensorModule.lastEpochBlock(netuid))) + TEMPO;
    expect(epochAt - block).toBeGreaterThan(2); // room for two empty blocks and the axon before the epoch
    await first.newBlock(2);
    await ok(api, tx.serveAxon(netuid, 1, 134_743_044n, 8_091, 4, 4, 0, 0), miner);
    const served = await nextUpdate(updates, (m) => m.axons[1]?.port === 8_091);
    expect(served.axons[1]?.ip).toBe('8.8.4.4');
    expect(updates.slice(before).every((m) => m.axons[1]?.port === 8_091)).toBe(true);

    // An epoch: LastMechansimStepBlock changes.
    const lastStep = watcher.current.lastStep;
    await advanceTo(first, api, epochAt);
    const epoch = await nextUpdate(updates, (m) => m.lastStep !== lastStep);
    expect(epoch.lastStep).toBe(epochAt);
    expect(epoch.block).toBeGreaterThanOrEqual(epochAt);

    // The node restarts on the same port and database; a registration made meanwhile shows after reconnecting.
    await first.close();
    const second = await devnetAt(basePath, first.port);
    const otherApi = await ApiPromise.create({ provider: wsProvider(second.url), noInitWarn: true });
    cleanups.push(() => otherApi.disconnect());
    const miner2 = keyring.addFromUri('//MwMiner2');
    await ok(
      otherApi,
      otherApi.tx.subtensorModule.burnedRegister(netuid, miner2.address),
      keyring.addFromUri('//Bob'),
    );
    const afterRestart = await nextUpdate(updates, (m) => m.n === 3);
    expect(afterRestart.hotkeys[2]).toBe(miner2.address);

    // refresh() reads now; after stop() nothing more arrives and iterators end.
    expect((await watcher.refresh()).n).toBe(3);
    await watcher.stop();
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    const stoppedAt = updates.length;
    await ok(
      otherApi,
      otherApi.tx.subtensorModule.burnedRegister(netuid, keyring.addFromUri('//MwMiner3').address),
      keyring.addFromUri('//Bob'),
    );
    await api.rpc.chain.getHeader();
    expect(updates.length).toBe(stoppedAt);
  });

  it('error: an unknown netuid rejects with SDK_SUBNET_NOT_FOUND', async () => {
    const devnet = await startDevnet({ port: 0, mode: 'instant' });
    cleanups.push(() => devnet.close());
    const api = await ApiPromise.create({ provider: wsProvider(devnet.url), noInitWarn: true });
    cleanups.push(() => api.disconnect());
    const error = await watchMetagraph({ api }, { netuid: 42 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaseError);
    expect((error as BaseError).code).toBe('SDK_SUBNET_NOT_FOUND');
  });
});
