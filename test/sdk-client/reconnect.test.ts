/**
 * The client across a devnet restart (same port, same database): a pending submission rejects with
 * SDK_CONNECTION_LOST instead of hanging, reads issued while the node is down wait for it, subscriptions resume,
 * and the signer's nonce resyncs so new submissions land. Plus endpoint rotation and connect failures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import {
  BaseError,
  createKeypair,
  createSubtensorClient,
  getBalance,
  getBlock,
  type SubtensorClient,
  transfer,
  waitForBlock,
} from '@subnetkit/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { alice, TAO } from './fixture.js';

const opened: { close(): Promise<void> }[] = [];
const dirs: string[] = [];
const devnetAt = async (options: { port?: number; basePath?: string } = {}) => {
  const devnet = await startDevnet({ port: 0, mode: 'instant', finalizeDelay: 0, ...options });
  opened.push(devnet);
  return devnet;
};
const clientOf = async (options: Parameters<typeof createSubtensorClient>[0]) => {
  const client = await createSubtensorClient({ reconnectDelayMs: 100, deadlineMs: 15_000, ...options });
  opened.push({ close: () => client.disconnect() });
  return client;
};
const pendingCount = async (client: SubtensorClient) =>
  (await client.api.rpc.author.pendingExtrinsics()).length;

afterAll(async () => {
  for (const thing of opened.reverse()) await thing.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('reconnection', () => {
  it('behavior: survives a devnet restart on the same port and data directory', async () => {
    const basePath = await mkdtemp(join(tmpdir(), 'sdk-client-restart-'));
    dirs.push(basePath);
    const first: Devnet = await devnetAt({ basePath });
    const lines: string[] = [];
    const record = (_: object, message: string) => lines.push(message);
    const client = await clientOf({ url: first.url, logger: { info: record, warn: record, error: record } });
    const receiver = createKeypair({ uri: '//SkReceiver' });
    await transfer(client, { signer: alice, to: receiver.address, amount: TAO });

    const heads: number[] = [];
    const unsubscribe = await client.api.rpc.chain.subscribeNewHeads((h) => {
      heads.push(h.number.toNumber());
    });
    const { number: before } = await getBlock(client);
    const waiting = waitForBlock(client, { block: before + 3 });

    // A submission pending when the node goes away rejects with a clear code.
    first.producer.stop();
    const pending = transfer(client, { signer: alice, to: receiver.address, amount: TAO }).catch(
      (e: unknown) => e,
    );
    while ((await pendingCount(client)) === 0) await new Promise((r) => setTimeout(r, 10));
    await first.close();
    const lost = await pending;
    expect(lost).toBeInstanceOf(BaseError);
    expect((lost as BaseError).code).toBe('SDK_CONNECTION_LOST');
    expect(client.isConnected).toBe(false);

    // A read issued while the node is down waits for it.
    const readWhileDown = getBlock(client);
    await new Promise((r) => setTimeout(r, 350)); // a few failed reconnection attempts
    const second = await devnetAt({ port: first.port, basePath });
    expect((await readWhileDown).number).toBe(before);

    // The head subscription resumed: new blocks reach the subscriber and the pending waitForBlock.
    const seen = heads.length;
    await second.newBlock(3);
    expect(await waiting).toBe(before + 3);
    expect(heads.slice(seen)).toContain(before + 3);
    unsubscribe();

    // The nonce resynced (the pool lost the pending transfer): a new submission lands.
    const landed = await transfer(client, { signer: alice, to: receiver.address, amount: TAO });
    expect(landed.block).toBe(before + 4);
    expect((await getBalance(client, { address: receiver.address })).free).toBe(2n * TAO);

    // One line for the outage and one for the recovery, however many reconnection attempts failed.
    expect(lines).toEqual(['chain connection lost', 'chain reconnected']);
  });

  it('behavior: `urls` falls over to the next endpoint when the one in use goes away', async () => {
    const a = await devnetAt();
    const b = await devnetAt();
    const client = await clientOf({ urls: ['ws://127.0.0.1:1', a.url, b.url] });
    expect(client.url).toBe(a.url);
    await a.close();
    await waitForBlock(client, { block: 0 });
    expect((await getBlock(client)).number).toBe(0);
    expect(client.url).toBe(b.url);
    await transfer(client, { signer: alice, to: createKeypair({ uri: '//SkOther' }).address, amount: TAO });
    expect((await getBlock(client)).number).toBe(1);
  });

  it('error: no endpoint answering is SDK_CONNECTION_FAILED at the deadline', async () => {
    await expect(createSubtensorClient({ url: 'ws://127.0.0.1:1', deadlineMs: 300 })).rejects.toMatchObject({
      code: 'SDK_CONNECTION_FAILED',
    });
  });
});
