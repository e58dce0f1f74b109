import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient } from './helpers.js';

let devnet: Devnet;
let client: RawClient;
const NUMBER_KEY = '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac';

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'manual' });
  client = await RawClient.connect(devnet.url);
});

afterAll(async () => {
  client?.close();
  await devnet?.close();
});

describe('historical state and head subscriptions', () => {
  it('behavior: finalized and all-heads subscriptions follow new blocks and unsubscribe', async () => {
    const sub = await client.call('chain_subscribeFinalizedHeads', [], 1);
    expect(typeof sub.result).toBe('string');
    const first = await client.next();
    expect(first.method).toBe('chain_finalizedHead');
    expect(first.params.subscription).toBe(sub.result);
    await devnet.newBlock();
    const next = await client.next();
    expect(Number.parseInt(next.params.result.number, 16)).toBe(
      Number.parseInt(first.params.result.number, 16) + 1,
    );
    expect((await client.call('chain_unsubscribeFinalizedHeads', [sub.result], 2)).result).toBe(true);
    expect((await client.call('chain_unsubscribeFinalizedHeads', [sub.result], 3)).result).toBe(false);
    const rv = await client.call('state_subscribeRuntimeVersion', [], 4);
    const version = await client.next();
    expect(version.method).toBe('state_runtimeVersion');
    expect(version.params.result.specName).toBe('node-subtensor');
    expect((await client.call('state_unsubscribeRuntimeVersion', [rv.result], 5)).result).toBe(true);
  });

  it('behavior: the last 256 blocks are readable at their hash; older ones are pruned with a clear error', async () => {
    await devnet.newBlock(300);
    const head = devnet.chain.head().number;
    const recent = devnet.chain.hashByNumber(head - 200)!;
    const atRecent = await client.call('state_getStorage', [NUMBER_KEY, recent], 10);
    expect(atRecent.result).toBe(`0x${Buffer.from(new Uint32Array([head - 200]).buffer).toString('hex')}`);
    const old = devnet.chain.hashByNumber(1)!;
    const atOld = await client.call('state_getStorage', [NUMBER_KEY, old], 11);
    expect(atOld.error.code).toBe(4003);
    expect(atOld.error.message).toMatch(/pruned/);
    const unknown = await client.call('state_getStorage', [NUMBER_KEY, `0x${'ab'.repeat(32)}`], 12);
    expect(unknown.error.code).toBe(4003);
    const header = await client.call('chain_getHeader', [old], 13);
    expect(header.result.number).toBe('0x1');
  });
});
