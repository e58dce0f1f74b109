/**
 * dedot, as published on npm, against `subnetkit devnet` in a child process: storage reads, block
 * following, fee estimation, a transfer signed with a keyring pair (dedot's signing), its events, and
 * the balances it moved (by exactly the amount plus the fee dedot estimated).
 */
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { DedotClient, WsProvider } from 'dedot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevnetProcess, spawnDevnet } from '../support/devnet-process.js';

const AMOUNT = 2n * 10n ** 9n;
let devnet: DevnetProcess;

beforeAll(async () => {
  await cryptoWaitReady();
  devnet = await spawnDevnet(['--tmp', '--instant']);
}, 60_000);
afterAll(async () => {
  expect(await devnet?.stop()).toBe(0);
});

/** A decoded event as dedot gives it. */
interface EventView {
  pallet: string;
  palletEvent: { name: string; data?: Record<string, unknown> } | string;
}

const eventName = (e: EventView) =>
  `${e.pallet}.${typeof e.palletEvent === 'string' ? e.palletEvent : e.palletEvent.name}`;

describe.each(['legacy', 'v2'] as const)('dedot over rpcVersion %s', (rpcVersion) => {
  let client: DedotClient;
  beforeAll(async () => {
    client = await DedotClient.new({ provider: new WsProvider(devnet.url), rpcVersion });
    // dedot's v2 submission waits until it knows the finalized block's parent, which a chain still at
    // genesis (an --instant devnet before its first transaction) does not have: build one block first.
    await client.provider.send('dev_newBlock', []);
  }, 30_000);
  afterAll(() => client?.disconnect());

  it('behavior: reads storage, follows blocks, estimates a fee and submits a signed transfer', async () => {
    expect(client.rpcVersion).toBe(rpcVersion);
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri(`//Bob//dedot-${rpcVersion}`);
    const best: number[] = [];
    const finalized: number[] = [];
    const unsubscribe = [
      client.block.best((b) => best.push(b.number)),
      client.block.finalized((b) => finalized.push(b.number)),
    ];
    try {
      const aliceBefore = await client.query.system.account(alice.address);
      const bobBefore = await client.query.system.account(bob.address);
      expect(aliceBefore.data.free).toBeGreaterThan(AMOUNT);
      expect(await client.query.subtensorModule.totalNetworks()).toBe(1);

      const tx = client.tx.balances.transferKeepAlive(bob.address, AMOUNT);
      const { partialFee } = await tx.paymentInfo(alice.address);
      expect(partialFee).toBeGreaterThan(0n);
      const result = await tx.signAndSend(alice).untilFinalized();

      expect(result.dispatchError).toBeUndefined();
      const events = result.events.map((r) => r.event as EventView);
      expect(events.map(eventName)).toEqual(
        expect.arrayContaining([
          'Balances.Transfer',
          'TransactionPayment.TransactionFeePaid',
          'System.ExtrinsicSuccess',
        ]),
      );
      const paid = events.find((e) => eventName(e) === 'TransactionPayment.TransactionFeePaid');
      expect(typeof paid?.palletEvent === 'object' && paid.palletEvent.data?.actualFee).toBe(partialFee);

      if (result.status.type !== 'Finalized') throw new Error(`status ${result.status.type}`);
      const { blockHash, blockNumber } = result.status.value;
      const at = await client.at(blockHash);
      const aliceAfter = await at.query.system.account(alice.address);
      const bobAfter = await at.query.system.account(bob.address);
      expect(aliceBefore.data.free - aliceAfter.data.free).toBe(AMOUNT + partialFee);
      expect(bobAfter.data.free - bobBefore.data.free).toBe(AMOUNT);
      expect(aliceAfter.nonce).toBe(aliceBefore.nonce + 1);

      await expect.poll(() => Math.max(...best)).toBeGreaterThanOrEqual(blockNumber);
      await expect.poll(() => Math.max(...finalized)).toBeGreaterThanOrEqual(blockNumber);
    } finally {
      for (const off of unsubscribe) off();
    }
  }, 60_000);
});
