/**
 * The SDK's commitment actions against a devnet: `setCommitment` plain, with `ResetBondsFlag`, and timelocked by
 * `reveal.inBlocks` (encrypted to the chain's beacon, revealed by the chain near the block the SDK predicts);
 * `getCommitments` decodes fields and reveals as text; a refusal is a `ChainCallError` by subtensor's name.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  burnedRegister,
  ChainCallError,
  createKeypair,
  getBlock,
  getCommitments,
  type SubtensorClient,
  setCommitment,
  transfer,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, startAliceSubnet, startClientDevnet, TAO } from '../support/sdk-subnet.js';

let devnet: Devnet;
let client: SubtensorClient;
let netuid: number;
const ownerHot = createKeypair({ uri: '//SkCommit_owner_hk' });
const miner = createKeypair({ uri: '//SkCommit_miner' });
const stranger = createKeypair({ uri: '//SkCommit_stranger' });

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
  netuid = await startAliceSubnet(client, ownerHot, { max_registrations_per_block: 100 });
  await burnedRegister(client, { signer: alice, netuid, hotkey: miner.address });
  for (const key of [miner, stranger])
    await transfer(client, { signer: alice, to: key.address, amount: TAO });
});
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

describe('commitments (SDK)', () => {
  it('default: setCommitment publishes text that getCommitments reads back by hotkey', async () => {
    const out = await setCommitment(client, {
      signer: miner,
      netuid,
      data: 'hf.co/me/model@v1',
      resetBonds: true,
    });
    expect(out.events.some((e) => e.pallet === 'Commitments' && e.name === 'Commitment')).toBe(true);
    expect(out.revealRound).toBeUndefined();
    const [mine] = await getCommitments(client, { netuid, hotkey: miner.address });
    expect(mine).toEqual({
      hotkey: miner.address,
      block: BigInt(out.block),
      fields: [
        { kind: 'raw', bytes: new TextEncoder().encode('hf.co/me/model@v1'), text: 'hf.co/me/model@v1' },
        { kind: 'resetBonds' },
      ],
      revealed: [],
    });
    expect((await getCommitments(client, { netuid })).map((c) => c.hotkey)).toEqual([miner.address]);
  });

  it('behavior: a timelocked commitment is hidden until the chain reveals it, about when the SDK predicts', async () => {
    const out = await setCommitment(client, {
      signer: miner,
      netuid,
      data: 'sealed answer',
      reveal: { inBlocks: 3 },
    });
    expect(out.events.find((e) => e.name === 'TimelockCommitment')?.data[2]).toBe(Number(out.revealRound));
    const [before] = await getCommitments(client, { netuid, hotkey: miner.address });
    expect(before?.fields).toEqual([
      { kind: 'timelocked', revealRound: out.revealRound, size: expect.any(Number) },
    ]);
    expect(before?.revealed).toEqual([]);
    await devnet.newBlock(Number(out.expectedRevealBlock! - BigInt(out.block)));
    const [after] = await getCommitments(client, { netuid, hotkey: miner.address });
    expect(after).toEqual({
      hotkey: miner.address,
      block: undefined,
      fields: [],
      revealed: [
        {
          bytes: new TextEncoder().encode('sealed answer'),
          text: 'sealed answer',
          block: out.expectedRevealBlock,
        },
      ],
    });
    expect((await getBlock(client)).number).toBe(Number(out.expectedRevealBlock));
  });

  it('error: a hotkey not registered on the subnet is refused with AccountNotAllowedCommit', async () => {
    const refused = await setCommitment(client, { signer: stranger, netuid, data: 'x' }).catch((e) => e);
    expect(refused).toBeInstanceOf(ChainCallError);
    expect(refused).toMatchObject({ pallet: 'Commitments', name: 'AccountNotAllowedCommit' });
  });
});
