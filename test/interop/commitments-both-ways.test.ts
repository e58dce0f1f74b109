/**
 * Commitments between the real Python SDK (bittensor 11.3) and subnetkit on one `subnetkit devnet --tmp`: a
 * commitment bittensor publishes (plain, and sealed with `bittensor.timelock`) reads the same through the SDK, and
 * one subnetkit's SDK timelocks to the devnet's beacon is revealed by the chain and read as revealed by bittensor.
 * A bittensor-sealed commitment is locked to drand quicknet, whose pulses a devnet cannot sign, so it stays sealed —
 * unless sealed to a round whose real quicknet pulse the test stores (round 1000): then the devnet reveals it and
 * bittensor reads it back.
 */

import { compactAddLength, u8aConcat, u8aToHex } from '@polkadot/util';
import { loadQuicknetVectors } from '@subnetkit/drand/test-vectors';
import {
  burnedRegister,
  createKeypair,
  createSubtensorClient,
  getCommitments,
  type HotkeyCommitment,
  type SubtensorClient,
  setCommitment,
  transfer,
  waitForBlock,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DevnetProcess, spawnDevnet } from '../support/devnet-process.js';
import { alice, startAliceSubnet, TAO } from '../support/sdk-subnet.js';
import { interopPython } from './support/interop-venv.js';
import { lastJson, runPython } from './support/run-python.js';

type PyRun = {
  hotkey: string;
  commitment: { block: number; data: string };
  sealed_round: number;
  rows: { hotkey: string; commitment: string | null; status: string; is_revealed: boolean }[];
  /** `RevealedCommitments` as bittensor's transport hands it over: (stored bytes as text, block). */
  revealed: [string, number][] | null;
};

type QuicknetRun = {
  hotkey: string;
  reveal_round: number;
  committed_block: number;
  revealed: [string, number][] | null;
  row: { commitment: string | null; is_revealed: boolean } | null;
};

const python = inject('python');
const bobHot = createKeypair({ uri: '//Bob//hot' });
const charlieHot = createKeypair({ uri: '//Charlie//hot' });

describe.skipIf(python.command === undefined)('commitments between bittensor 11.3 and subnetkit', () => {
  let venvPython: string;
  let devnet: DevnetProcess;
  let client: SubtensorClient;
  let netuid: number;

  beforeAll(async () => {
    [venvPython, devnet] = await Promise.all([
      interopPython(python.command ?? 'python3'),
      spawnDevnet(['--tmp', '--block-time', '250']),
    ]);
    client = await createSubtensorClient({ url: devnet.url, deadlineMs: 20_000 });
    netuid = await startAliceSubnet(client, createKeypair({ uri: '//Alice//owner' }), {
      max_registrations_per_block: 10,
    });
    for (const hotkey of [bobHot, charlieHot]) {
      await burnedRegister(client, { signer: alice, netuid, hotkey: hotkey.address });
      await transfer(client, { signer: alice, to: hotkey.address, amount: TAO });
    }
  }, 600_000);

  afterAll(async () => {
    await client?.disconnect();
    await devnet?.stop();
  });

  it('behavior: bittensor reads what the chain revealed of subnetkit’s timelocked commitment; subnetkit reads bittensor’s', async () => {
    const ours = await setCommitment(client, {
      signer: charlieHot,
      netuid,
      data: 'sealed by subnetkit',
      reveal: { inBlocks: 4 },
    });
    // Blocks follow the clock here (250 ms) and drand rounds come every 3 s: wait for the reveal itself.
    let charlie: HotkeyCommitment | undefined;
    for (let block = ours.block + 1; charlie === undefined || charlie.revealed.length === 0; block++) {
      expect(block, `revealed by about block ${ours.expectedRevealBlock}`).toBeLessThan(ours.block + 200);
      await waitForBlock(client, { block });
      [charlie] = await getCommitments(client, { netuid, hotkey: charlieHot.address });
    }
    expect(charlie?.revealed.map((r) => r.text)).toEqual(['sealed by subnetkit']);

    console.log(
      `expected reveal at #${ours.expectedRevealBlock}, revealed at #${charlie.revealed[0]?.block}`,
    );
    const run = lastJson<PyRun>(
      (await runPython(venvPython, 'sdk_commitments.py', [devnet.url, String(netuid), charlieHot.address]))
        .stdout,
    );
    // bittensor → subnetkit: the plain commitment, then the sealed one that replaced it.
    expect(run.commitment.data).toBe('hf.co/bittensor/model@v1');
    const [bob] = await getCommitments(client, { netuid, hotkey: bobHot.address });
    expect(bob?.fields).toEqual([
      { kind: 'timelocked', revealRound: BigInt(run.sealed_round), size: expect.any(Number) },
    ]);
    // subnetkit → bittensor: the chain's reveal, in the SCALE form bittensor's readers strip (its `set_reveal_commitment`
    // format), read as the subnet's revealed commitment.
    expect(run.revealed?.map(([, block]) => block)).toEqual([Number(charlie.revealed[0]?.block)]);
    const rows = Object.fromEntries(run.rows.map((r) => [r.hotkey, r]));
    expect(rows[charlieHot.address]).toMatchObject({ commitment: 'sealed by subnetkit', is_revealed: true });
    expect(rows[bobHot.address]).toMatchObject({ commitment: null, is_revealed: false });
  }, 300_000);
  it('behavior: a commitment bittensor-drand seals to quicknet round 1000 is revealed by quicknet’s real pulse and read by bittensor', async () => {
    // The devnet's beacon cannot sign quicknet's rounds: store quicknet's real pulse of round 1000 first (as the
    // offchain worker would bring it on finney); the reveal then comes with the block after the commitment.
    const pulse = loadQuicknetVectors().pulses.find((p) => p.round === 1000n);
    const api = client.api;
    const value = u8aConcat(
      api.createType('u64', 1000).toU8a(),
      compactAddLength(new Uint8Array(32)),
      compactAddLength(pulse?.signature ?? new Uint8Array()),
    );
    await client.request('dev_setStorage', [[[api.query.drand.pulses.key(1000), u8aToHex(value)]]]);
    const text = 'hf.co/bob/model@sealed';
    const run = lastJson<QuicknetRun>(
      (await runPython(venvPython, 'sdk_commitment_quicknet.py', [devnet.url, String(netuid), text])).stdout,
    );
    expect(run.reveal_round).toBe(1000);
    const [bob] = await getCommitments(client, { netuid, hotkey: bobHot.address });
    expect(bob?.revealed.map((r) => r.text)).toEqual([text]);
    const revealedAt = Number(bob?.revealed[0]?.block);
    expect(revealedAt).toBeGreaterThan(run.committed_block - 1);
    // `revealed_commitment` is the raw `RevealedCommitments` read: the decrypted bytes as stored, the SCALE string with
    // its length prefix (22 << 2 = 'X'); the `commitments` rows strip it.
    expect(run.revealed).toEqual([[`${String.fromCharCode(text.length << 2)}${text}`, revealedAt]]);
    expect(run.row).toEqual({ commitment: text, is_revealed: true });
  }, 120_000);
});
