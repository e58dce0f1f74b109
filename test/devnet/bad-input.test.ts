import { Keyring } from '@polkadot/keyring';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient, startWithApi } from './helpers.js';

let devnet: Devnet;
let client: RawClient;
let other: RawClient;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'manual' });
  client = await RawClient.connect(devnet.url);
  other = await RawClient.connect(devnet.url);
});

afterAll(async () => {
  client?.close();
  other?.close();
  await devnet?.close();
});

async function stillServing(): Promise<void> {
  const res = await other.call('system_chain', [], 99);
  expect(res).toEqual({ jsonrpc: '2.0', id: 99, result: 'Subnetkit Devnet' });
  const mine = await client.call('chain_getFinalizedHead', [], 98);
  expect(mine.result).toBe(devnet.chain.head().hash);
}

describe('bad input over WebSocket', () => {
  it('error: malformed JSON is -32700 Parse error', async () => {
    client.send('{"jsonrpc":"2.0","id":1,"method":');
    expect(await client.next()).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32700, message: 'Parse error' },
    });
    client.send(Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    expect((await client.next()).error.code).toBe(-32700);
    await stillServing();
  });

  it('error: a request that is not JSON-RPC 2.0 is -32600', async () => {
    client.send(JSON.stringify({ id: 5, method: 'system_chain' }));
    expect((await client.next()).error).toEqual({ code: -32600, message: 'Invalid request' });
    client.send('42');
    expect((await client.next()).error.code).toBe(-32600);
    client.send('[]');
    expect((await client.next()).error.code).toBe(-32600);
    await stillServing();
  });

  it('error: an unknown method is -32601 Method not found', async () => {
    const res = await client.call('system_nope', [], 7);
    expect(res).toEqual({ jsonrpc: '2.0', id: 7, error: { code: -32601, message: 'Method not found' } });
    await stillServing();
  });

  it('error: wrong parameter types are -32602 Invalid params', async () => {
    for (const [method, params] of [
      ['state_getStorage', [123]],
      ['state_getStorage', ['0xzz']],
      ['state_getStorage', ['0x00', '0x1234']],
      ['chain_getBlockHash', ['abc']],
      ['state_getKeysPaged', ['0x', 'many']],
      ['state_getKeysPaged', ['0x', 5000]],
      ['state_queryStorageAt', ['0x00']],
      ['system_accountNextIndex', ['not-an-address']],
      ['state_call', ['Core_version', 12]],
      ['author_submitExtrinsic', [{}]],
    ] as const) {
      const res = await client.call(method, [...params], 11);
      expect(res.error?.code, `${method} ${JSON.stringify(params)}`).toBe(-32602);
    }
    const named = await client.call('system_chain', { a: 1 } as never, 12);
    expect(named.error.code).toBe(-32602);
    await stillServing();
  });

  it('behavior: hex parameters are read as Substrate reads them: "" is no bytes, 0x is optional', async () => {
    const withPrefix = await client.call('state_call', ['Metadata_metadata_versions', '0x'], 13);
    const empty = await client.call('state_call', ['Metadata_metadata_versions', ''], 14);
    expect(empty.result).toBe(withPrefix.result);
    const key = '3a636f6465'; // `:code`
    const bare = await client.call('state_getStorage', [key], 15);
    expect(bare.result).toBe((await client.call('state_getStorage', [`0x${key}`], 16)).result);
    expect(bare.result).not.toBeNull();
    expect((await client.call('state_getStorage', ['abc'], 17)).error.code).toBe(-32602);
  });

  it('error: state_getReadProof is -32601 naming why (no trie, so no proof)', async () => {
    const res = await client.call('state_getReadProof', [['0x00']], 18);
    expect(res.error.code).toBe(-32601);
    expect(JSON.stringify(res.error)).toMatch(/Merkle-Patricia trie/);
    await stillServing();
  });

  it('error: an oversized frame is -32007 and the connection keeps working', async () => {
    const big = JSON.stringify({
      jsonrpc: '2.0',
      id: 3,
      method: 'state_getStorage',
      params: [`0x${'00'.repeat(8 * 1024 * 1024)}`],
    });
    expect(big.length).toBeGreaterThan(15 * 1024 * 1024);
    client.send(big);
    const res = await client.next();
    expect(res.error.code).toBe(-32007);
    expect(res.error.message).toBe('Request is too big');
    await stillServing();
  });

  it('error: undecodable and truncated extrinsics are 1001 Extrinsic has invalid format', async () => {
    const api = await startWithApi({ mode: 'manual' });
    try {
      const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
      const tx = await api.api.tx.balances.transferKeepAlive(alice.address, 1000n).signAsync(alice);
      const hex = tx.toHex();
      const raw = await RawClient.connect(api.devnet.url);
      for (const bad of ['0x', '0x00', '0x1234', hex.slice(0, -4), `${hex}00`, `0x${'ff'.repeat(200)}`]) {
        const res = await raw.call('author_submitExtrinsic', [bad], 21);
        expect(res.error?.code, bad.slice(0, 20)).toBe(1001);
        expect(res.error.message).toBe('Extrinsic has invalid format');
      }
      const ok = await raw.call('author_submitExtrinsic', [hex], 22);
      expect(ok.result).toBe(tx.hash.toHex());
      raw.close();
    } finally {
      await api.api.disconnect();
      await api.devnet.close();
    }
  });

  it('error: a bad signature is 1010 with Substrate’s message', async () => {
    const api = await startWithApi({ mode: 'manual' });
    try {
      const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
      const tx = await api.api.tx.balances.transferKeepAlive(alice.address, 1000n).signAsync(alice);
      const bytes = tx.toU8a();
      bytes[40] = bytes[40]! ^ 0xff; // inside the signature
      const raw = await RawClient.connect(api.devnet.url);
      const res = await raw.call('author_submitExtrinsic', [`0x${Buffer.from(bytes).toString('hex')}`], 31);
      expect(res.error).toEqual({
        code: 1010,
        message: 'Invalid Transaction',
        data: 'Transaction has a bad signature',
      });
      raw.close();
    } finally {
      await api.api.disconnect();
      await api.devnet.close();
    }
  });

  it('behavior: batch requests get batch responses', async () => {
    client.send(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'system_name', params: [] },
        { jsonrpc: '2.0', id: 2, method: 'nope', params: [] },
      ]),
    );
    const res = await client.next();
    expect(res).toHaveLength(2);
    expect(res[0].result).toBe('subnetkit-devnet');
    expect(res[1].error.code).toBe(-32601);
  });
});

describe('HTTP transport', () => {
  const post = (body: string) =>
    fetch(devnet.httpUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const errorCode = async (res: Response) => ((await res.json()) as { error: { code: number } }).error.code;

  it('default: serves the same methods over HTTP POST', async () => {
    const res = await post(
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_properties', params: [] }),
    );
    expect(await res.json()).toEqual({
      jsonrpc: '2.0',
      id: 1,
      result: { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' },
    });
  });

  it('error: malformed JSON over HTTP is -32700, subscriptions are refused', async () => {
    expect(await errorCode(await post('{'))).toBe(-32700);
    const sub = await post(
      JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'chain_subscribeNewHeads', params: [] }),
    );
    expect(await errorCode(sub)).toBe(-32601);
    const get = await fetch(devnet.httpUrl);
    expect(get.status).toBe(405);
  });
});

describe('rpc_methods and --no-dev-rpc', () => {
  it('default: rpc_methods lists definition names including aliases and dev methods', async () => {
    const res = await client.call('rpc_methods', [], 1);
    expect(res.result.methods).toEqual(
      expect.arrayContaining([
        'chain_subscribeNewHeads',
        'chain_subscribeNewHead',
        'state_getStorageAt',
        'author_submitAndWatchExtrinsic',
        'dev_newBlock',
        'dev_setStorage',
        'system_peers',
        'state_getReadProof',
        'payment_queryInfo',
        'chainHead_v1_follow',
        'chainHead_v1_storage',
        'chainSpec_v1_genesisHash',
        'transaction_v1_broadcast',
        'transactionWatch_v1_submitAndWatch',
        'rpc_methods',
      ]),
    );
  });

  it('behavior: dev RPCs are not served with devRpc: false', async () => {
    const node = await startDevnet({ port: 0, devRpc: false, mode: 'manual' });
    try {
      const raw = await RawClient.connect(node.url);
      expect((await raw.call('dev_newBlock', [{}], 1)).error.code).toBe(-32601);
      expect((await raw.call('rpc_methods', [], 2)).result.methods).not.toContain('dev_newBlock');
      raw.close();
    } finally {
      await node.close();
    }
  });
});
