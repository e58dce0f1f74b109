/**
 * polkadot-api (PAPI), as published on npm, against `subnetkit devnet` in a child process: storage
 * reads, block following, fee estimation, a transfer signed by PAPI's own signer, its events, and the
 * balances it moved (by exactly the amount plus the fee PAPI estimated).
 */
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { createClient, type PolkadotClient } from 'polkadot-api';
import { getPolkadotSigner } from 'polkadot-api/signer';
import { getWsProvider, getWsRawProvider, type WebSocketClass } from 'polkadot-api/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type DevnetProcess, spawnDevnet } from '../support/devnet-process.js';

const AMOUNT = 3n * 10n ** 9n;
/** `ws`'s class: its typings lack the DOM's `dispatchEvent`, which PAPI never calls. */
const websocketClass = WebSocket as unknown as WebSocketClass;

/** `System.Account` as the unsafe API decodes it. */
interface AccountInfo {
  nonce: number;
  data: { free: bigint };
}
let devnet: DevnetProcess;

beforeAll(async () => {
  await cryptoWaitReady();
  devnet = await spawnDevnet(['--tmp', '--instant']);
}, 60_000);
afterAll(async () => {
  expect(await devnet?.stop()).toBe(0);
});

/**
 * The two ways PAPI talks to a node: `getWsProvider` falls back to the legacy RPC when a node lacks
 * the new JSON-RPC spec; `getWsRawProvider` speaks the new spec only (Node 20 has no global WebSocket).
 */
const PROVIDERS = {
  'legacy RPC': (url: string) => getWsProvider(url, { websocketClass }),
  'new JSON-RPC spec': (url: string) => getWsRawProvider(url, { websocketClass }),
};

describe.each(Object.keys(PROVIDERS) as (keyof typeof PROVIDERS)[])('polkadot-api over the %s', (mode) => {
  let client: PolkadotClient;
  beforeAll(() => {
    client = createClient(PROVIDERS[mode](devnet.url));
  });
  afterAll(() => client?.destroy());

  it('behavior: reads storage, follows blocks, estimates a fee and submits a transfer it signed', async () => {
    const api = client.getUnsafeApi();
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri(`//Bob//papi-${mode}`);
    const best: number[] = [];
    const finalized: number[] = [];
    const subscriptions = [
      client.bestBlocks$.subscribe((blocks) => best.push(blocks[0]?.number ?? -1)),
      client.finalizedBlock$.subscribe((block) => finalized.push(block.number)),
    ];
    try {
      const aliceBefore = (await api.query.System.Account.getValue(alice.address)) as AccountInfo;
      const bobBefore = (await api.query.System.Account.getValue(bob.address)) as AccountInfo;
      expect(aliceBefore.data.free).toBeGreaterThan(AMOUNT);
      expect(await api.query.SubtensorModule.TotalNetworks.getValue()).toBe(1);

      const tx = api.tx.Balances.transfer_keep_alive({
        dest: { type: 'Id', value: bob.address },
        value: AMOUNT,
      });
      const fee: bigint = await tx.getEstimatedFees(alice.address);
      expect(fee).toBeGreaterThan(0n);
      const signer = getPolkadotSigner(alice.publicKey, 'Sr25519', (payload) => alice.sign(payload));
      const result = await tx.signAndSubmit(signer);

      expect(result.ok).toBe(true);
      const events = result.events.map(
        (e: { type: string; value: { type: string } }) => `${e.type}.${e.value.type}`,
      );
      expect(events).toEqual(expect.arrayContaining(['Balances.Transfer', 'System.ExtrinsicSuccess']));
      const paid = result.events.find(
        (e: { type: string; value: { type: string } }) =>
          e.type === 'TransactionPayment' && e.value.type === 'TransactionFeePaid',
      );
      expect(paid?.value.value.actual_fee).toBe(fee);

      const at = { at: result.block.hash };
      const aliceAfter = (await api.query.System.Account.getValue(alice.address, at)) as AccountInfo;
      const bobAfter = (await api.query.System.Account.getValue(bob.address, at)) as AccountInfo;
      expect(aliceBefore.data.free - aliceAfter.data.free).toBe(AMOUNT + fee);
      expect(bobAfter.data.free - bobBefore.data.free).toBe(AMOUNT);
      expect(aliceAfter.nonce).toBe(aliceBefore.nonce + 1);

      await expect.poll(() => Math.max(...best)).toBeGreaterThanOrEqual(result.block.number);
      await expect.poll(() => Math.max(...finalized)).toBeGreaterThanOrEqual(result.block.number);
    } finally {
      for (const s of subscriptions) s.unsubscribe();
    }
  }, 60_000);
});
