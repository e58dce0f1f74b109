/**
 * `transactionWatch_v1_submitAndWatch` and `transaction_v1_broadcast`/`stop` of the new JSON-RPC spec, over a
 * raw WebSocket: a valid transfer goes validated → bestChainBlockIncluded → finalized; a bad one is invalid.
 */
import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient, startWithApi } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let client: RawClient;
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');

beforeAll(async () => {
  ({ devnet, api } = await startWithApi({ mode: 'instant' }));
  client = await RawClient.connect(devnet.url);
});
afterAll(async () => {
  client?.close();
  await api?.disconnect();
  await devnet?.close();
});

/** The watch events of subscription `id` until a final one. */
async function watchEvents(id: string): Promise<Record<string, unknown>[]> {
  const events: Record<string, unknown>[] = [];
  for (;;) {
    const msg = await client.next();
    if (msg.method !== 'transactionWatch_v1_watchEvent' || msg.params.subscription !== id) continue;
    events.push(msg.params.result);
    if (['finalized', 'invalid', 'dropped', 'error'].includes(msg.params.result.event)) return events;
  }
}

describe('transactionWatch_v1 and transaction_v1', () => {
  it('default: a valid transfer is validated, included in the best chain at its index, then finalized', async () => {
    const tx = await api.tx.balances.transferKeepAlive(bob.address, 10n ** 9n).signAsync(alice);
    const id = (await client.call('transactionWatch_v1_submitAndWatch', [tx.toHex()], 1)).result;
    const events = await watchEvents(id);
    expect(events.map((e) => e.event)).toEqual(['validated', 'bestChainBlockIncluded', 'finalized']);
    const finalized = events[2];
    if (finalized === undefined) throw new Error('no finalized event');
    const { hash, index } = finalized.block as { hash: string; index: number };
    expect(events[1]?.block).toEqual({ hash, index });
    const block = await api.rpc.chain.getBlock(hash);
    expect(block.block.extrinsics[index]?.hash.toHex()).toBe(tx.hash.toHex());
  });

  it('error: a transaction with a used nonce is invalid, with the reason', async () => {
    const stale = await api.tx.balances.transferKeepAlive(bob.address, 1n).signAsync(alice, { nonce: 0 });
    const id = (await client.call('transactionWatch_v1_submitAndWatch', [stale.toHex()], 2)).result;
    const [event] = await watchEvents(id);
    expect(event).toMatchObject({ event: 'invalid' });
    expect(String(event?.error)).toMatch(/outdated/);
  });

  it('behavior: broadcast returns an operation id that stop accepts once', async () => {
    const tx = await api.tx.balances.transferKeepAlive(bob.address, 1n).signAsync(alice);
    const op = (await client.call('transaction_v1_broadcast', [tx.toHex()], 3)).result;
    expect(typeof op).toBe('string');
    expect((await client.call('transaction_v1_stop', [op], 4)).result).toBeNull();
    expect((await client.call('transaction_v1_stop', [op], 5)).error).toMatchObject({ code: -32602 });
  });
});
