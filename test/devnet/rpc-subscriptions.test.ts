/**
 * `--rpc-max-subscriptions-per-connection` and `--rpc-message-buffer-capacity-per-connection` against real
 * devnets: the 1,025th subscription is refused, a client that subscribes 100,000 times and then stops
 * reading is closed with a reason, and the node gives its memory back once the client is gone.
 */
import { Keyring } from '@polkadot/keyring';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type DevnetProcess, RawClient, rssMiB, spawnDevnet, startWithApi } from './helpers.js';

const tooMany = {
  code: -32006,
  message: 'Too many subscriptions on the connection',
  data: 'Exceeded max limit of 1024',
};

describe('subscriptions per connection', () => {
  let devnet: Devnet;
  beforeAll(async () => {
    devnet = await startDevnet({ port: 0, mode: 'manual' });
  });
  afterAll(async () => devnet?.close());

  it('error: the 1,025th subscription on a connection is -32006; unsubscribing frees a slot; other connections are unaffected', async () => {
    const client = await RawClient.connect(devnet.url);
    const other = await RawClient.connect(devnet.url);
    try {
      const ids: string[] = [];
      for (let i = 0; i < 1024; i++) {
        client.send(
          JSON.stringify({ jsonrpc: '2.0', id: i, method: 'state_subscribeRuntimeVersion', params: [] }),
        );
      }
      while (ids.length < 1024) {
        const msg = await client.next();
        if ('id' in msg) ids.push(msg.result);
      }
      expect(new Set(ids).size).toBe(1024);
      const refused = await nextAnswer(client, 'chain_subscribeNewHeads', 5000);
      expect(refused).toEqual({ jsonrpc: '2.0', id: 5000, error: tooMany });
      expect((await nextAnswer(client, 'state_unsubscribeRuntimeVersion', 5001, [ids[0]])).result).toBe(true);
      expect((await nextAnswer(client, 'chain_subscribeNewHeads', 5002)).result).toMatch(/^[0-9a-f]+$/);
      expect((await nextAnswer(client, 'chain_subscribeNewHeads', 5003)).error).toEqual(tooMany);
      expect((await nextAnswer(other, 'chain_subscribeNewHeads', 1)).result).toMatch(/^[0-9a-f]+$/);
    } finally {
      client.close();
      other.close();
    }
  });

  it('error: at the limit, author_submitAndWatchExtrinsic is refused before the transaction enters the pool', async () => {
    const { devnet: node, api } = await startWithApi({
      mode: 'manual',
      rpcLimits: { maxSubscriptionsPerConnection: 8 },
    });
    const client = await RawClient.connect(node.url);
    try {
      const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
      const tx = await api.tx.balances.transferKeepAlive(alice.address, 10n ** 9n).signAsync(alice);
      for (let id = 1; id <= 8; id++) {
        expect((await nextAnswer(client, 'chain_subscribeNewHeads', id)).result).toMatch(/^[0-9a-f]+$/);
      }
      const refused = await nextAnswer(client, 'author_submitAndWatchExtrinsic', 9, [tx.toHex()]);
      expect(refused.error).toEqual({ ...tooMany, data: 'Exceeded max limit of 8' });
      expect(node.pool.size).toBe(0);
    } finally {
      client.close();
      await api.disconnect();
      await node.close();
    }
  });
});

/** Sends one call and returns its answer, skipping notifications. */
async function nextAnswer(client: RawClient, method: string, id: number, params: unknown[] = []) {
  client.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
  for (;;) {
    const msg = await client.next();
    if (msg.id === id) return msg;
  }
}

describe('a client that stops reading', () => {
  it('behavior: once its queue is full it is closed with 1008 and a reason, and its subscriptions are released at once', async () => {
    const devnet = await startDevnet({ port: 0, mode: 'manual' });
    // Block listeners held by subscriptions: the producer's private set, read to see them released.
    // biome-ignore lint/complexity/useLiteralKeys: bracket access is how TypeScript allows reading a private field
    const listeners = () => devnet.producer['listeners'].size;
    const idle = listeners();
    const key = `0x${'11'.repeat(32)}`;
    const raw = await RawClient.connect(devnet.url);
    expect((await raw.call('dev_setStorage', [[[key, `0x${'ab'.repeat(256 * 1024)}`]]])).result).toMatch(
      /^0x/,
    );
    raw.close();
    const ws = new WebSocket(devnet.url);
    try {
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      ws.pause();
      // Each subscription answers with the 512 KiB hex value: 200 of them are ~100 MiB the client never reads.
      for (let id = 0; id < 200; id++) {
        ws.send(JSON.stringify({ jsonrpc: '2.0', id, method: 'state_subscribeStorage', params: [[key]] }));
      }
      // Released while the client still reads nothing (the close below shows they had been opened).
      await new Promise((r) => setTimeout(r, 1000));
      const deadline = Date.now() + 20_000;
      while (listeners() > idle && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(listeners()).toBe(idle);
      ws.resume();
      expect(await closed).toEqual({
        code: 1008,
        reason: 'Too many messages waiting: the client does not read them',
      });
    } finally {
      ws.terminate();
      await devnet.close();
    }
  }, 60_000);
});

describe('a client that subscribes 100,000 times and stops reading (devnet process)', () => {
  let node: DevnetProcess;
  beforeAll(async () => {
    node = await spawnDevnet(['--block-time', '250']);
  }, 60_000);
  afterAll(async () => {
    await node?.stop();
  });

  it('behavior: 98,976 attempts refused, a 20 s stall, and the node is back within 100 MiB of its memory once the client goes', async () => {
    const pid = node.child.pid!;
    await new Promise((r) => setTimeout(r, 2000));
    const before = rssMiB(pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMiB(pid));
    }, 50);

    const ws = new WebSocket(node.url);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    let ok = 0;
    let refused = 0;
    let other = 0;
    const answered = new Promise<void>((resolve) => {
      ws.on('message', (data) => {
        const text = String(data);
        if (text.includes('"chain_newHead"')) return;
        const msg = JSON.parse(text);
        if (typeof msg.result === 'string') ok++;
        else if (msg.error?.code === -32006) refused++;
        else other++;
        if (ok + refused + other === 100_000) resolve();
      });
    });
    // Sent in slices that let this client read between them, as a real one does: a single synchronous loop keeps
    // it from reading for seconds on a busy machine, and a reader that far behind is closed as a slow consumer.
    for (let i = 0; i < 100_000; i++) {
      ws.send(`{"jsonrpc":"2.0","id":${i},"method":"chain_subscribeNewHeads","params":[]}`);
      if (i % 1_000 === 999) await new Promise((r) => setImmediate(r));
    }
    await answered;
    expect({ ok, refused, other }).toEqual({ ok: 1024, refused: 98_976, other: 0 });

    // Stop reading for 20 s while 1,024 subscriptions get a head every 250 ms.
    ws.pause();
    await new Promise((r) => setTimeout(r, 20_000));
    const stalledPeak = peak;
    ws.terminate();

    await new Promise((r) => setTimeout(r, 3000));
    clearInterval(sampler);
    const after = rssMiB(pid);
    expect(
      after - before,
      `RSS ${before.toFixed(0)} → peak ${stalledPeak.toFixed(0)} → ${after.toFixed(0)} MiB`,
    ).toBeLessThan(100);
    // The node still serves.
    const client = await RawClient.connect(node.url);
    expect((await client.call('system_name')).result).toBe('subnetkit-devnet');
    client.close();
    // Correctness bound, not a speed figure: 20 s of stall plus 100,000 round trips on a loaded 2-core machine.
  }, 300_000);
});
