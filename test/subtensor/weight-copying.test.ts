/**
 * Weight copying on a live devnet, through the SDK: two honest validators score miners whose qualities rotate every
 * epoch, and a copier sets the latest weights it can read on chain (the honest rows of the metagraph, averaged by
 * stake). Without commit-reveal it reads the honest weights of the same epoch and earns at least as much per stake
 * as they do; with CR-v4 it can only read the last reveal, one epoch stale, and earns less. The same property as the
 * `copier-commit-reveal` scenario of `yuma simulate` (docs/incentives.md); the test asserts the ordering, not figures.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  burnedRegister,
  createKeypair,
  getMetagraph,
  getTimelockedWeightCommits,
  getUid,
  type Keypair,
  type SubtensorClient,
  setWeights,
  transfer,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, runEpoch, startAliceSubnet, startClientDevnet, TAO } from '../support/sdk-subnet.js';

const TEMPO = 10;
/** Epochs before dividends are counted (permits, then the first reveals), and epochs counted. */
const WARM_UP = 2;
const MEASURED = 4;
/** The miners' qualities at epoch 0; at epoch k miner j has `BASE[(j + k) % 4]`. */
const BASE = [0.8, 0.4, 0.2, 0.1];
/** The honest validators disagree a little, in opposite directions (row sums unchanged). */
const SKEW = [0.05, -0.05, 0.05, -0.05];

let devnet: Devnet;
let client: SubtensorClient;

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
});
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

interface Subnet {
  readonly netuid: number;
  /** Uids of the two honest validators and the copier. */
  readonly honest: readonly [number, number];
  readonly copier: number;
  readonly miners: readonly number[];
  readonly hotkeys: { readonly honest: readonly [Keypair, Keypair]; readonly copier: Keypair };
}

/** A subnet with two honest validators, a copier (100 TAO of stake each) and four miners, permits granted. */
async function buildSubnet(tag: string, commitReveal: boolean): Promise<Subnet> {
  const key = (name: string) => createKeypair({ uri: `//Copy${tag}_${name}` });
  const [h1, h2, copier] = [key('h1'), key('h2'), key('copier')];
  const miners = [0, 1, 2, 3].map((j) => key(`m${j}`));
  const netuid = await startAliceSubnet(client, key('owner'), {
    commit_reveal_weights_enabled: commitReveal,
    weights_set_rate_limit: 0,
    max_registrations_per_block: 100,
    tempo: TEMPO,
  });
  for (const hk of [h1, h2, copier, ...miners])
    await burnedRegister(client, { signer: alice, netuid, hotkey: hk.address });
  for (const hk of [h1, h2, copier]) {
    await addStake(client, { signer: alice, hotkey: hk.address, netuid, amount: 100n * TAO });
    // Hotkeys need a balance to sign.
    await transfer(client, { signer: alice, to: hk.address, amount: TAO });
  }
  await runEpoch(devnet, client, netuid);
  const uid = async (hk: Keypair) => (await getUid(client, { netuid, hotkey: hk.address }))!;
  return {
    netuid,
    honest: [await uid(h1), await uid(h2)],
    copier: await uid(copier),
    miners: await Promise.all(miners.map(uid)),
    hotkeys: { honest: [h1, h2], copier },
  };
}

/** What the copier sees: the honest rows on chain, each normalized to sum 1, averaged by stake; null before any. */
async function visibleWeights(subnet: Subnet): Promise<number[] | null> {
  const metagraph = await getMetagraph(client, { netuid: subnet.netuid, weights: true });
  const mean = subnet.miners.map(() => 0);
  let seen = false;
  for (const uid of subnet.honest) {
    const row = metagraph.weights![uid]!;
    const total = row.values.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    seen = true;
    row.uids.forEach((dest, k) => {
      const j = subnet.miners.indexOf(dest);
      if (j >= 0) mean[j]! += (metagraph.stake.total[uid]! * row.values[k]!) / total;
    });
  }
  return seen ? mean : null;
}

/** Builds blocks until the last epoch's commits are revealed (at once without commit-reveal). */
async function awaitReveals(netuid: number): Promise<void> {
  for (let i = 0; i < TEMPO && (await getTimelockedWeightCommits(client, { netuid })).length > 0; i++)
    await devnet.newBlock(1);
  expect(await getTimelockedWeightCommits(client, { netuid })).toEqual([]);
}

/**
 * Runs `WARM_UP + MEASURED` epochs: each epoch, once the last epoch's commits are revealed (a few blocks in: their
 * drand round is a few blocks after the epoch starts), the honest validators set their scores, then the copier what
 * it can read; returns the copier's and the honest validators' mean dividends per stake over the measured epochs.
 */
async function play(subnet: Subnet, commitReveal: boolean): Promise<{ copier: number; honest: number }> {
  const perStake = { copier: 0, honest: 0 };
  const kind = commitReveal ? 'committed' : 'ok';
  for (let k = 0; k < WARM_UP + MEASURED; k++) {
    await awaitReveals(subnet.netuid);
    const quality = subnet.miners.map((_, j) => BASE[(j + k) % BASE.length]!);
    for (const [i, signer] of subnet.hotkeys.honest.entries()) {
      const sign = i === 0 ? 1 : -1;
      const weights = quality.map((q, j) => q + sign * SKEW[j]!);
      const result = await setWeights(client, {
        signer,
        netuid: subnet.netuid,
        uids: subnet.miners,
        weights,
      });
      expect(result.kind).toBe(kind);
    }
    const copied = await visibleWeights(subnet);
    if (copied !== null) {
      const result = await setWeights(client, {
        signer: subnet.hotkeys.copier,
        netuid: subnet.netuid,
        uids: subnet.miners,
        weights: copied,
      });
      expect(result.kind).toBe(kind);
    }
    await runEpoch(devnet, client, subnet.netuid);
    if (k < WARM_UP) continue;
    const { dividends, stake, weights } = await getMetagraph(client, {
      netuid: subnet.netuid,
      weights: true,
    });
    // The copier's weights are on chain (revealed, with CR-v4) in every measured epoch.
    expect(weights![subnet.copier]!.uids, `${commitReveal} ${k}`).toHaveLength(subnet.miners.length);
    const of = (uid: number) => dividends[uid]! / stake.total[uid]!;
    perStake.copier += of(subnet.copier) / MEASURED;
    perStake.honest += (of(subnet.honest[0]) + of(subnet.honest[1])) / 2 / MEASURED;
  }
  return perStake;
}

describe('weight copying', () => {
  it('behavior: without commit-reveal the copier earns at least as much per stake as honest validators; with CR-v4 less', async () => {
    const off = await play(await buildSubnet('Off', false), false);
    const on = await play(await buildSubnet('On', true), true);
    console.info(
      `dividends per stake, copier / honest: without commit-reveal ${(off.copier / off.honest).toFixed(3)}, ` +
        `with CR-v4 ${(on.copier / on.honest).toFixed(3)}`,
    );
    expect(off.honest).toBeGreaterThan(0);
    expect(off.copier).toBeGreaterThanOrEqual(off.honest);
    expect(on.honest).toBeGreaterThan(0);
    expect(on.copier).toBeLessThan(on.honest);
  }, 600_000);
});
