import { Keyring } from '@polkadot/keyring';
import type { Devnet } from '@subnetkit/chain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient, startWithApi } from './helpers.js';

let devnet: Devnet;
let client: RawClient;
let validTx: Uint8Array;
let methods: string[];

const KNOWN_CODES = new Set([
  -32700, -32600, -32601, -32602, -32007, -32801, -32803, 1001, 1010, 1011, 1013, 1014, 4003,
]);

beforeAll(async () => {
  const started = await startWithApi({ mode: 'manual' });
  devnet = started.devnet;
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const tx = await started.api.tx.balances.transferKeepAlive(alice.address, 10n ** 9n).signAsync(alice);
  validTx = tx.toU8a();
  await started.api.disconnect();
  client = await RawClient.connect(devnet.url);
  methods = (await client.call('rpc_methods', [], 0)).result.methods.filter(
    (m: string) => !m.startsWith('dev_') && !/subscribe|unwatch|submitAndWatch/i.test(m),
  );
});

afterAll(async () => {
  client?.close();
  await devnet?.close();
});

/** Reads the next response, skipping subscription notifications. */
async function nextResponse(): Promise<unknown> {
  for (;;) {
    const msg = await client.next();
    if (!(msg && typeof msg === 'object' && 'method' in msg && !('id' in msg))) return msg;
  }
}

function checkResponse(msg: unknown, id: number | null): void {
  const one = (r: Record<string, unknown>) => {
    expect(r.jsonrpc).toBe('2.0');
    if ('error' in r) {
      const e = r.error as { code: unknown; message: unknown };
      expect(Number.isInteger(e.code)).toBe(true);
      expect(typeof e.message).toBe('string');
      expect(KNOWN_CODES.has(e.code as number), `unexpected error ${JSON.stringify(e)}`).toBe(true);
    } else expect('result' in r).toBe(true);
  };
  if (Array.isArray(msg)) for (const m of msg) one(m);
  else {
    one(msg as Record<string, unknown>);
    if (id !== null) expect((msg as { id: unknown }).id).toBe(id);
  }
}

const toHex = (b: Uint8Array) => `0x${Buffer.from(b).toString('hex')}`;

describe('fuzz', () => {
  it('behavior: 10,000 random and mutated frames get well-formed JSON-RPC responses and the node keeps serving', async () => {
    let id = 1;
    const jsonValue = fc.jsonValue({ maxDepth: 3 });
    const frame = fc.oneof(
      // arbitrary text
      fc.string({ maxLength: 200 }).map((s) => ({ text: s, id: null as number | null })),
      // arbitrary JSON that is not a notification
      jsonValue
        .filter(
          (v) =>
            !(
              v &&
              typeof v === 'object' &&
              !Array.isArray(v) &&
              (v as Record<string, unknown>).jsonrpc === '2.0' &&
              !('id' in v)
            ),
        )
        .filter((v) => !(Array.isArray(v) && v.length > 0))
        .map((v) => ({ text: JSON.stringify(v), id: null })),
      // a known method with random params
      fc.tuple(fc.constantFrom(...methods), fc.array(jsonValue, { maxLength: 4 })).map(([method, params]) => {
        const n = id++;
        return { text: JSON.stringify({ jsonrpc: '2.0', id: n, method, params }), id: n };
      }),
      // a mutated extrinsic
      fc
        .tuple(
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
          fc.nat(),
          fc.uint8Array({ maxLength: 8 }),
        )
        .map(([flips, cut, extra]) => {
          const bytes = Uint8Array.from(validTx);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const mutated = new Uint8Array([...bytes.subarray(0, bytes.length - (cut % 8)), ...extra]);
          const n = id++;
          return {
            text: JSON.stringify({
              jsonrpc: '2.0',
              id: n,
              method: 'author_submitExtrinsic',
              params: [toHex(mutated)],
            }),
            id: n,
          };
        }),
    );
    const samples = fc.sample(frame, { numRuns: 10_000, seed: 42 });
    for (const f of samples) {
      client.send(f.text);
      checkResponse(await nextResponse(), f.id);
    }
    const health = await client.call('system_health', [], 1_000_000);
    expect(health.result).toEqual({ peers: 0, isSyncing: false, shouldHavePeers: false });
    await devnet.newBlock();
  }, 120_000);
});
