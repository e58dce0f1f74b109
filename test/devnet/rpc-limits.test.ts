/**
 * Substrate's RPC limits against real devnets: batch length, response size counted as the answer is built
 * (per call and per batch), request size over HTTP, and the connection cap. The metadata batches run
 * against a `subnetkit devnet` process so that its memory can be read from /proc.
 */
import { startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type DevnetProcess, RawClient, rssMiB, spawnDevnet } from './helpers.js';

const metadataBatch = (length: number) =>
  JSON.stringify(
    Array.from({ length }, (_, id) => ({ jsonrpc: '2.0', id, method: 'state_getMetadata', params: [] })),
  );

/** Arrival times of new heads on their own connection. */
async function watchHeads(url: string): Promise<{ times: number[]; close(): void }> {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const times: number[] = [];
  ws.on('message', (data) => {
    if (String(data).includes('"chain_newHead"')) times.push(performance.now());
  });
  ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'chain_subscribeNewHeads', params: [] }));
  return { times, close: () => ws.close() };
}

describe('batches and response size (devnet process)', () => {
  let node: DevnetProcess;
  let maxRss = 0;
  let sampler: NodeJS.Timeout;

  beforeAll(async () => {
    node = await spawnDevnet(['--block-time', '500']);
    sampler = setInterval(() => {
      maxRss = Math.max(maxRss, rssMiB(node.child.pid!));
    }, 25);
  }, 60_000);

  afterAll(async () => {
    clearInterval(sampler);
    await node?.stop();
  });

  it('error: 6,000 state_getMetadata calls in one batch are refused at once (-32010); 1,000 are cut at 15 MiB (-32011); memory stays low and blocks keep coming', async () => {
    const heads = await watchHeads(node.url);
    const client = await RawClient.connect(node.url);
    try {
      await new Promise((r) => setTimeout(r, 1200));
      const started = performance.now();

      const big = metadataBatch(6000);
      expect(big.length).toBeGreaterThan(400 * 1024);
      client.send(big);
      expect(await client.next()).toEqual({
        jsonrpc: '2.0',
        id: null,
        error: {
          code: -32010,
          message: 'The batch request was too large',
          data: 'Exceeded max limit of 1000',
        },
      });
      // correctness bound: refused from the batch's length before any call runs (6,000 answers would be ~630 MiB);
      // 5 times the 2 s the hardening issue asks, so only a node that runs the batch or stalls fails it
      expect(performance.now() - started).toBeLessThan(10_000);

      // At the length limit the answers would take ~105 MiB: the batch stops once they pass 15 MiB.
      for (let round = 0; round < 3; round++) {
        const t0 = performance.now();
        client.send(metadataBatch(1000));
        expect(await client.next()).toEqual({
          jsonrpc: '2.0',
          id: null,
          error: {
            code: -32011,
            message: 'The batch response was too large',
            data: `Exceeded max limit of ${15 * 1024 * 1024}`,
          },
        });
        // correctness bound: cut once the answers pass 15 MiB, not after all ~105 MiB are built and sent
        expect(performance.now() - t0).toBeLessThan(10_000);
      }
      // A batch within the limits is answered in full, each answer from the cached hex.
      client.send(metadataBatch(20));
      const answers = await client.next();
      expect(answers).toHaveLength(20);
      expect(new Set(answers.map((a: { result: string }) => a.result)).size).toBe(1);

      await new Promise((r) => setTimeout(r, 1500));
      const during = heads.times.filter((t) => t >= started);
      expect(during.length).toBeGreaterThanOrEqual(3);
      const gaps = during.slice(1).map((t, i) => t - during[i]!);
      expect(Math.max(...gaps)).toBeLessThan(2000);
      expect(maxRss).toBeGreaterThan(0);
      expect(maxRss).toBeLessThan(600);
    } finally {
      client.close();
      heads.close();
    }
  }, 30_000);
});

describe('limits on an in-process devnet', () => {
  const devnet = startDevnet({
    port: 0,
    mode: 'manual',
    rpcLimits: { maxResponseBytes: 64 * 1024 },
  });
  afterAll(async () => (await devnet).close());

  it('error: one answer over --rpc-max-response-size is -32008 Response is too big, alone or in a batch', async () => {
    const client = await RawClient.connect((await devnet).url);
    try {
      expect(await client.call('state_getMetadata', [], 7)).toEqual({
        jsonrpc: '2.0',
        id: 7,
        error: { code: -32008, message: 'Response is too big', data: 'Exceeded max limit of 65536' },
      });
      client.send(
        JSON.stringify([
          { jsonrpc: '2.0', id: 1, method: 'system_name', params: [] },
          { jsonrpc: '2.0', id: 2, method: 'state_getMetadata', params: [] },
        ]),
      );
      const [name, metadata] = await client.next();
      expect(name.result).toBe('subnetkit-devnet');
      expect(metadata.error.code).toBe(-32008);
    } finally {
      client.close();
    }
  });

  it('error: a 16 MiB POST is answered 413 with -32007 before the connection closes', async () => {
    const { httpUrl } = await devnet;
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'state_getStorage',
      params: [`0x${'00'.repeat(8 * 1024 * 1024)}`],
    });
    expect(body.length).toBeGreaterThan(16 * 1024 * 1024);
    const res = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: {
        code: -32007,
        message: 'Request is too big',
        data: `Exceeded max limit of ${15 * 1024 * 1024}`,
      },
    });
  });

  it('error: connections past --rpc-max-connections are answered 429; a freed slot is served again', async () => {
    const node = await startDevnet({ port: 0, mode: 'manual', rpcLimits: { maxConnections: 3 } });
    const { url, httpUrl } = node;
    const clients = [
      await RawClient.connect(url),
      await RawClient.connect(url),
      await RawClient.connect(url),
    ];
    try {
      const refused = new WebSocket(url);
      const status = await new Promise<number>((resolve, reject) => {
        refused.on('error', () => {});
        refused.once('unexpected-response', (req, res) => {
          req.destroy();
          resolve(res.statusCode ?? 0);
        });
        refused.once('open', () => reject(new Error('a fourth connection was accepted')));
      });
      expect(status).toBe(429);
      const post = await fetch(httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_name', params: [] }),
      });
      expect(post.status).toBe(429);
      expect(await post.text()).toBe('Too many connections. Please try again later.\n');
      clients.pop()!.close();
      await new Promise((r) => setTimeout(r, 200));
      const again = await RawClient.connect(url);
      clients.push(again);
      expect((await again.call('system_name', [], 1)).result).toBe('subnetkit-devnet');
    } finally {
      for (const c of clients) c.close();
      await node.close();
    }
  });
});
