/**
 * `--rpc-cors` and `--rpc-methods` against real devnets: a page from another origin can neither open a
 * WebSocket nor POST (a browser's `text/plain` "simple request" included), pages on this machine can,
 * and unsafe methods follow Substrate's safe / unsafe / auto rule.
 */
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RawClient } from './helpers.js';

const EVIL = 'http://evil.example';
const LOCAL = 'http://localhost:5173';

/** Opens a WebSocket with an `Origin` header; resolves with the handshake's HTTP status (101 = opened). */
function handshake(url: string, origin: string): Promise<{ status: number; ws?: WebSocket }> {
  const ws = new WebSocket(url, { origin });
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.once('unexpected-response', (req, res) => {
      req.destroy();
      resolve({ status: res.statusCode ?? 0 });
    });
    ws.once('open', () => resolve({ status: 101, ws }));
  });
}

const call = (method: string, params: unknown[] = []) =>
  JSON.stringify({ jsonrpc: '2.0', id: 1, method, params });

describe('--rpc-cors (default: this machine only)', () => {
  let devnet: Devnet;
  beforeAll(async () => {
    devnet = await startDevnet({ port: 0, mode: 'manual' });
  });
  afterAll(async () => devnet?.close());

  it('error: a WebSocket handshake from a foreign Origin is refused with 403', async () => {
    expect((await handshake(devnet.url, EVIL)).status).toBe(403);
  });

  it('error: a foreign text/plain POST (a browser simple request) is refused and has no effect', async () => {
    const head = devnet.chain.head().number;
    const res = await fetch(devnet.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: EVIL },
      body: call('dev_newBlock', [{ count: 3 }]),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.text()).toMatch(/^Origin of the request is not whitelisted/);
    const preflight = await fetch(devnet.httpUrl, { method: 'OPTIONS', headers: { origin: EVIL } });
    expect(preflight.status).toBe(403);
    expect(devnet.chain.head().number).toBe(head);
  });

  it('default: pages on localhost / 127.0.0.1 and clients without an Origin are served', async () => {
    const opened = await handshake(devnet.url, LOCAL);
    expect(opened.status).toBe(101);
    opened.ws!.close();
    expect((await handshake(devnet.url, 'http://127.0.0.1:8080')).status).toBe(101);

    const preflight = await fetch(devnet.httpUrl, {
      method: 'OPTIONS',
      headers: { origin: LOCAL, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(LOCAL);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

    const head = devnet.chain.head().number;
    const res = await fetch(devnet.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: LOCAL },
      body: call('dev_newBlock'),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(LOCAL);
    expect((await res.json()).result).toMatch(/^0x[0-9a-f]{64}$/);
    expect(devnet.chain.head().number).toBe(head + 1);

    const raw = await RawClient.connect(devnet.url);
    expect((await raw.call('system_name')).result).toBe('subnetkit-devnet');
    raw.close();
  });
});

describe('--rpc-cors all / a list', () => {
  it('args: `all` serves any origin; a list serves exactly its origins', async () => {
    const open = await startDevnet({ port: 0, mode: 'manual', rpcCors: 'all' });
    const listed = await startDevnet({ port: 0, mode: 'manual', rpcCors: ['https://polkadot.js.org'] });
    try {
      const opened = await handshake(open.url, EVIL);
      expect(opened.status).toBe(101);
      opened.ws!.close();
      const apps = await handshake(listed.url, 'https://polkadot.js.org');
      expect(apps.status).toBe(101);
      apps.ws!.close();
      expect((await handshake(listed.url, LOCAL)).status).toBe(403);
    } finally {
      await open.close();
      await listed.close();
    }
  });
});

describe('--rpc-methods', () => {
  const unsafeRefused = {
    jsonrpc: '2.0',
    id: 1,
    error: { code: -32601, message: 'RPC call is unsafe to be called externally' },
  };

  it('error: `safe` refuses dev_* and system_dryRun with -32601, still lists them, and serves the rest', async () => {
    const devnet = await startDevnet({ port: 0, mode: 'manual', rpcMethods: 'safe' });
    const raw = await RawClient.connect(devnet.url);
    try {
      expect(await raw.call('dev_newBlock', [{}])).toEqual(unsafeRefused);
      expect(await raw.call('dev_setStorage', [[]])).toEqual(unsafeRefused);
      expect(await raw.call('system_dryRun', ['0x00'])).toEqual(unsafeRefused);
      expect((await raw.call('rpc_methods')).result.methods).toContain('dev_newBlock');
      expect((await raw.call('system_name')).result).toBe('subnetkit-devnet');
      // Submitting stays safe, as in Substrate: this one fails decoding, not the method check.
      expect((await raw.call('author_submitExtrinsic', ['0x00'])).error.code).toBe(1001);
    } finally {
      raw.close();
      await devnet.close();
    }
  });

  it('behavior: `auto` serves unsafe methods on a loopback host and refuses them on 0.0.0.0 unless `unsafe`', async () => {
    const external = await startDevnet({ port: 0, mode: 'manual', host: '0.0.0.0' });
    const opened = await startDevnet({ port: 0, mode: 'manual', host: '0.0.0.0', rpcMethods: 'unsafe' });
    const local = await startDevnet({ port: 0, mode: 'manual' });
    try {
      const a = await RawClient.connect(`ws://127.0.0.1:${external.port}`);
      expect(await a.call('dev_newBlock', [{}])).toEqual(unsafeRefused);
      a.close();
      const b = await RawClient.connect(`ws://127.0.0.1:${opened.port}`);
      expect((await b.call('dev_newBlock', [{}])).result).toMatch(/^0x/);
      b.close();
      const c = await RawClient.connect(local.url);
      expect((await c.call('dev_newBlock', [{}])).result).toMatch(/^0x/);
      c.close();
    } finally {
      await external.close();
      await opened.close();
      await local.close();
    }
  });
});
