/**
 * Fuzz of the new JSON-RPC spec's `chainHead_v1_*` methods: wrong subscription ids, unpinned hashes and
 * 1,000 random parameter sets. Every answer is a JSON-RPC error or a result of the method's shape,
 * every notification a valid follow event, and the node keeps serving.
 */
import { type Devnet, startDevnet } from '@subnetkit/chain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

/** A WebSocket JSON-RPC client that matches responses by id and keeps notifications apart. */
class IdClient {
  private nextId = 1;
  private readonly pending = new Map<number, (msg: Record<string, unknown>) => void>();
  readonly notifications: {
    method: string;
    params: { subscription: string; result: Record<string, unknown> };
  }[] = [];
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString());
      if (typeof msg.id === 'number') this.pending.get(msg.id)?.(msg);
      else this.notifications.push(msg);
    });
  }
  static async connect(url: string): Promise<IdClient> {
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return new IdClient(ws);
  }
  call(method: string, params: unknown): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  }
  close(): void {
    this.ws.close();
  }
}

const EVENTS = new Set([
  'initialized',
  'newBlock',
  'bestBlockChanged',
  'finalized',
  'operationBodyDone',
  'operationCallDone',
  'operationStorageItems',
  'operationStorageDone',
  'operationError',
  'operationInaccessible',
  'operationWaitingForContinue',
  'stop',
]);
const HEX = /^0x([0-9a-f]{2})*$/;
const OPERATION = (r: unknown) =>
  typeof r === 'object' &&
  r !== null &&
  ((Reflect.get(r, 'result') === 'started' && typeof Reflect.get(r, 'operationId') === 'string') ||
    Reflect.get(r, 'result') === 'limitReached');
/** What a successful answer of each method looks like. */
const RESULT_SHAPE: Record<string, (r: unknown) => boolean> = {
  chainHead_v1_follow: (r) => typeof r === 'string',
  chainHead_v1_unfollow: (r) => r === null,
  chainHead_v1_header: (r) => r === null || (typeof r === 'string' && HEX.test(r)),
  chainHead_v1_body: OPERATION,
  chainHead_v1_call: OPERATION,
  chainHead_v1_storage: OPERATION,
  chainHead_v1_continue: (r) => r === null,
  chainHead_v1_stopOperation: (r) => r === null,
  chainHead_v1_unpin: (r) => r === null,
};
const METHODS = Object.keys(RESULT_SHAPE);

let devnet: Devnet;
let client: IdClient;
let sub: string;
let genesis: string;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'manual' });
  client = await IdClient.connect(devnet.url);
  sub = String((await client.call('chainHead_v1_follow', [false])).result);
  genesis = String((await client.call('chainSpec_v1_genesisHash', [])).result);
});
afterAll(async () => {
  client?.close();
  await devnet?.close();
});

function expectAnswer(method: string, answer: Record<string, unknown>): void {
  if ('error' in answer) {
    const error = answer.error;
    expect(typeof error === 'object' && error !== null && Number.isInteger(Reflect.get(error, 'code'))).toBe(
      true,
    );
  } else {
    const shape = RESULT_SHAPE[method];
    expect(shape?.(answer.result), `${method} answered ${JSON.stringify(answer.result)}`).toBe(true);
  }
}

describe('chainHead_v1 fuzz', () => {
  it('error: wrong subscription ids answer null or limitReached, as the spec says', async () => {
    expect((await client.call('chainHead_v1_header', ['nope', genesis])).result).toBeNull();
    expect((await client.call('chainHead_v1_body', ['nope', genesis])).result).toEqual({
      result: 'limitReached',
    });
    expect((await client.call('chainHead_v1_call', ['nope', genesis, 'Core_version', '0x'])).result).toEqual({
      result: 'limitReached',
    });
    expect(
      (
        await client.call('chainHead_v1_storage', [
          'nope',
          genesis,
          [{ key: '0x3a636f6465', type: 'value' }],
          null,
        ])
      ).result,
    ).toEqual({ result: 'limitReached' });
    expect((await client.call('chainHead_v1_unpin', ['nope', genesis])).result).toBeNull();
    expect((await client.call('chainHead_v1_unfollow', ['nope'])).result).toBeNull();
  });

  it('error: unpinned and unknown hashes are -32801; unpinning twice fails the second time', async () => {
    const unknown = `0x${'ab'.repeat(32)}`;
    expect((await client.call('chainHead_v1_header', [sub, unknown])).error).toMatchObject({ code: -32801 });
    expect((await client.call('chainHead_v1_body', [sub, unknown])).error).toMatchObject({ code: -32801 });
    const second = await IdClient.connect(devnet.url);
    try {
      const other = String((await second.call('chainHead_v1_follow', [true])).result);
      expect((await second.call('chainHead_v1_header', [other, genesis])).result).toMatch(HEX);
      expect((await second.call('chainHead_v1_unpin', [other, genesis])).result).toBeNull();
      expect((await second.call('chainHead_v1_unpin', [other, genesis])).error).toMatchObject({
        code: -32801,
      });
      expect((await second.call('chainHead_v1_header', [other, genesis])).error).toMatchObject({
        code: -32801,
      });
      // another connection's subscription id is unknown here
      expect((await client.call('chainHead_v1_header', [other, genesis])).result).toBeNull();
    } finally {
      second.close();
    }
  });

  it('behavior: 1,000 random parameter sets get an error or a well-formed result, events stay valid, the node keeps serving', async () => {
    const hashLike = fc.oneof(
      fc.constant(genesis),
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `0x${Buffer.from(b).toString('hex')}`),
    );
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant(sub),
      hashLike,
      fc.constantFrom('Core_version', 'Metadata_metadata_versions', '0x', '', '0x3a636f6465'),
      fc.array(fc.record({ key: fc.constantFrom('0x3a636f6465', '0x26aa', '0x', 'zz'), type: fc.string() })),
      fc.constant([{ key: '0x26aa394eea5630e07c48ae0c9558cef7', type: 'descendantsHashes' }]),
    );
    const calls = fc.sample(
      fc.tuple(
        fc.constantFrom(...METHODS.filter((m) => m !== 'chainHead_v1_unfollow')),
        fc.array(value, { maxLength: 5 }),
      ),
      { numRuns: 1_000, seed: 15 },
    );
    for (const [method, params] of calls) expectAnswer(method, await client.call(method, params));
    await devnet.newBlock();
    await expect
      .poll(() => client.notifications.some((n) => n.params.result.event === 'newBlock'))
      .toBe(true);
    for (const n of client.notifications) {
      expect(n.method).toBe('chainHead_v1_followEvent');
      expect(EVENTS.has(String(n.params.result.event)), JSON.stringify(n)).toBe(true);
    }
    expect((await client.call('system_health', [])).result).toEqual({
      peers: 0,
      isSyncing: false,
      shouldHavePeers: false,
    });
    expect((await client.call('chainHead_v1_header', [sub, genesis])).result).toMatch(HEX);
  }, 120_000);
});
