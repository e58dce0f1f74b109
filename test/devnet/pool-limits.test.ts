/**
 * The pool's bounds against a real devnet and signed transfers: past its limits a transaction is refused
 * with Substrate's `1016 Immediately Dropped`, a same-nonce resubmission without a higher tip is still
 * `1014 Priority is too low`, and what was accepted is included once the nonce gap is filled.
 */
import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, describe, expect, it } from 'vitest';
import { accountOf, RawClient, startWithApi } from './helpers.js';

const dropped = {
  code: 1016,
  message: 'Immediately Dropped',
  data: "The transaction couldn't enter the pool because of the limit",
};
const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');

/** Signed immortal transfers from `from` with nonces `first`, `first + 1`, …, as hex, without asking the node. */
function transfers(
  api: ApiPromise,
  from: KeyringPair,
  first: number,
  count: number,
  amount = 1_000_000n,
): string[] {
  return Array.from({ length: count }, (_, i) => {
    const tx = api.tx.balances.transferKeepAlive(bob.address, amount + BigInt(i));
    const payload = api.createType('ExtrinsicPayload', {
      method: tx.method.toHex(),
      era: '0x00',
      nonce: first + i,
      tip: 0,
      specVersion: api.runtimeVersion.specVersion,
      transactionVersion: api.runtimeVersion.transactionVersion,
      genesisHash: api.genesisHash,
      blockHash: api.genesisHash,
      version: 4,
    });
    tx.addSignature(from.address, payload.sign(from).signature, payload.toU8a());
    return tx.toHex();
  });
}

/** Submits in batches of 1,000 (the batch limit); returns each answer in order. */
async function submitAll(client: RawClient, txs: string[]): Promise<{ result?: string; error?: unknown }[]> {
  const answers: { id: number; result?: string; error?: unknown }[] = [];
  for (let start = 0; start < txs.length; start += 1000) {
    const batch = txs.slice(start, start + 1000).map((tx, i) => ({
      jsonrpc: '2.0',
      id: start + i,
      method: 'author_submitExtrinsic',
      params: [tx],
    }));
    client.send(JSON.stringify(batch));
    answers.push(...(await client.next()));
  }
  return answers.sort((a, b) => a.id - b.id);
}

describe('pool limits', () => {
  const started: { devnet: Devnet; api: ApiPromise }[] = [];
  afterAll(async () => {
    for (const { devnet, api } of started) {
      await api.disconnect();
      await devnet.close();
    }
  });

  it('error: of 3,000 future-nonce transfers from one account, 256 wait in the pool and the rest are 1016; filling the gap includes them', async () => {
    const node = await startWithApi({ mode: 'manual' });
    started.push(node);
    const client = await RawClient.connect(node.devnet.url);
    try {
      const answers = await submitAll(client, transfers(node.api, alice, 1, 3000));
      const accepted = answers.filter((a) => typeof a.result === 'string');
      expect(accepted).toHaveLength(256);
      expect(answers.filter((a) => a.error !== undefined).map((a) => a.error)).toEqual(
        Array.from({ length: 3000 - 256 }, () => dropped),
      );
      expect(node.devnet.pool.size).toBe(256);

      // Another sender is not held back by Alice's future transactions.
      const [fromBob] = await submitAll(client, transfers(node.api, bob, 0, 1));
      expect(fromBob!.result).toMatch(/^0x/);

      // Nonce 0 fills the gap: the waiting transfers become ready and are included.
      const [gap] = await submitAll(client, transfers(node.api, alice, 0, 1));
      expect(gap!.result).toMatch(/^0x/);
      await node.devnet.newBlock();
      expect((await accountOf(node.api, alice.address)).nonce.toNumber()).toBe(257);
      expect(node.devnet.pool.size).toBe(0);
    } finally {
      client.close();
    }
  }, 120_000);

  it('error: past --pool-limit ready transactions a new one is 1016; a same-nonce one without a higher tip is still 1014', async () => {
    const node = await startWithApi({ mode: 'manual', poolLimits: { count: 50 } });
    started.push(node);
    const client = await RawClient.connect(node.devnet.url);
    try {
      // One at a time, so that nonce order is arrival order (a batch verifies signatures concurrently).
      const answers = [];
      const txs = transfers(node.api, alice, 0, 51);
      for (const [i, tx] of txs.entries()) {
        answers.push(await client.call('author_submitExtrinsic', [tx], i));
      }
      expect(answers.slice(0, 50).every((a) => typeof a.result === 'string')).toBe(true);
      expect(answers[50].error).toEqual(dropped);
      // Nonces past the gap wait in the future queue, a tenth the size: 5 of 7 fit.
      const future = await submitAll(client, transfers(node.api, alice, 52, 7));
      expect(future.filter((a) => typeof a.result === 'string')).toHaveLength(5);
      expect(future.filter((a) => a.error !== undefined).map((a) => a.error)).toEqual([dropped, dropped]);
      // The same bytes are already pooled (1013); another transfer with the same nonce and tip is 1014.
      const [again] = await submitAll(client, [txs[10]!]);
      expect(again!.error).toMatchObject({ code: 1013 });
      const [sameNonce] = await submitAll(client, transfers(node.api, alice, 10, 1, 2_000_000n));
      expect(sameNonce!.error).toMatchObject({ code: 1014, message: 'Priority is too low' });
      await node.devnet.newBlock();
      const [after] = await submitAll(client, transfers(node.api, alice, 50, 1));
      expect(after!.result).toMatch(/^0x/);
    } finally {
      client.close();
    }
  }, 60_000);
});
