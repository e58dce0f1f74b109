/**
 * End to end on the devnet: real axons whose answers have known quality serve on a subnet with a 10-block tempo; a
 * staked validator (createValidator over the SDK client, in-process queue, real dendrite) runs for a few tempos.
 * - set_weights: its on-chain weights rank four miners by quality, carry the subnet's weights_version_key, and the
 *   chain's Incentive follows the same order;
 * - commit-reveal on: it commits CR-v4, the chain reveals in the next epoch, the validator notices, and the revealed
 *   weights are the chain's weights.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Devnet } from '@subnetkit/chain';
import { buildAxon, createStaticPeerDirectory } from '@subnetkit/miner';
import {
  createDendrite,
  createKeypair,
  createSigner,
  createSubtensorClient,
  cryptoReady,
  type Dendrite,
  type SubtensorClient,
  serveAxon,
} from '@subnetkit/sdk';
import { createValidator, type Validator, type WeightsReport } from '@subnetkit/validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWithApi } from '../devnet/helpers.js';
import { alice, createSubnet, fund, keyring, num, ok, opt, sudo, TAO } from '../subtensor/helpers.js';
import { answerOfQuality, challenge, Square, score } from './square-subnet.js';

const TEMPO = 10;

let devnet: Devnet;
let api: ApiPromise;
let client: SubtensorClient;
const dendrites: Dendrite[] = [];
const validators: Validator[] = [];
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  await cryptoReady();
  // Instant blocks for the setup; then a block every 200 ms while a validator runs.
  ({ devnet, api } = await startWithApi({ finalizeDelay: 0, blockTime: 200 }));
  client = await createSubtensorClient({ url: devnet.url });
});
afterEach(async () => {
  devnet.producer.setMode('interval'); // let pending weight calls land before closing
  for (const validator of validators.splice(0)) await validator.close();
  devnet.producer.setMode('instant');
});
afterAll(async () => {
  for (const dendrite of dendrites) dendrite.close();
  await Promise.all(apps.map((app) => app.close()));
  await client?.disconnect();
  await api?.disconnect();
  await devnet?.close();
});

/** A subnet with a staked validator and one served axon per quality; returns the running validator's handles. */
async function setUp(
  name: string,
  qualities: number[],
  options: { versionKey?: bigint; commitReveal?: boolean },
) {
  const tx = api.tx.subtensorModule;
  const validatorCold = keyring.addFromUri('//Bob');
  const validatorHot = keyring.addFromUri(`//${name}_validator`);
  const minerHot = qualities.map((_, i) => keyring.addFromUri(`//${name}_miner${i}`));
  const netuid = await createSubnet(api, alice, keyring.addFromUri(`//${name}_owner`), { tempo: TEMPO });
  if (options.versionKey !== undefined)
    await sudo(api, api.tx.adminUtils.sudoSetWeightsVersionKey(netuid, options.versionKey));
  if (options.commitReveal)
    await sudo(api, api.tx.adminUtils.sudoSetCommitRevealWeightsEnabled(netuid, true));
  await ok(api, tx.burnedRegister(netuid, validatorHot.address), validatorCold);
  await ok(api, tx.addStake(validatorHot.address, netuid, 1_000n * TAO), validatorCold);
  for (const hot of minerHot)
    await ok(api, tx.burnedRegister(netuid, hot.address), keyring.addFromUri('//Dave'));
  await fund(api, validatorHot, ...minerHot);

  const signer = createSigner(createKeypair({ uri: `//${name}_validator` }));
  const peers = createStaticPeerDirectory({
    [signer.address]: { uid: 1, validatorPermit: true, stake: 1000 },
  });
  for (const [i, quality] of qualities.entries()) {
    const miner = createKeypair({ uri: `//${name}_miner${i}` });
    const app = buildAxon({
      signer: createSigner(miner),
      synapses: [Square],
      handlers: { Square: answerOfQuality(quality) },
      peers,
      external: { ip: '127.0.0.2', port: 0 },
    });
    apps.push(app);
    // 127.0.0.1 is refused on chain (as subtensor does); any other loopback address reaches the same host.
    await app.listen({ port: 0, host: '127.0.0.2' });
    await serveAxon(client, {
      signer: miner,
      netuid,
      ip: '127.0.0.2',
      port: (app.server.address() as { port: number }).port,
    });
  }

  const dendrite = createDendrite({ signer, maxResponseBytes: 1024 * 1024 });
  dendrites.push(dendrite);
  const validator = createValidator({
    client,
    signer,
    netuid,
    synapse: Square,
    challenge,
    score,
    dendrite,
    config: { alpha: 0.5, queryTimeoutMs: 3_000, concurrency: 8 },
  });
  validators.push(validator);
  const reports: WeightsReport[] = [];
  validator.on('weights', (report) => reports.push(report));
  await validator.start();
  const q = api.query.subtensorModule;
  const uidOf = async (address: string) => num(opt(await q.uids(netuid, address)).unwrap());
  return {
    netuid,
    validator,
    reports,
    minerHot,
    validatorUid: await uidOf(validatorHot.address),
    minerUids: await Promise.all(minerHot.map((hot) => uidOf(hot.address))),
    weightsRow: async () =>
      new Map((await q.weights(netuid, await uidOf(validatorHot.address))).toJSON() as [number, number][]),
  };
}

const until = async (condition: () => boolean | Promise<boolean>) => {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 100));
};

describe('validator on the devnet', () => {
  it('behavior: weights rank four real miners by quality and Incentive follows', {
    timeout: 120_000,
  }, async () => {
    /** Miner quality by registration order; deliberately not the uid order. */
    const QUALITY = [0.5, 1, 0.25, 0.75];
    const { netuid, validator, reports, minerHot, minerUids, weightsRow } = await setUp('E2E', QUALITY, {
      versionKey: 7n,
    });
    devnet.producer.setMode('interval');

    const q = api.query.subtensorModule;
    const sets = () => reports.filter((r) => r.action === 'set' && r.outcome.kind === 'ok');
    // Until its permit arrives (the next epoch) the chain refuses; the validator retries every block.
    await until(() => sets().length >= 2);
    const lastSet = sets().at(-1)?.outcome as { block: number };
    await until(async () => num(await q.lastMechansimStepBlock(netuid)) > lastSet.block);
    devnet.producer.setMode('manual');

    const byQuality = [...minerUids.keys()].sort((a, b) => QUALITY[b] - QUALITY[a]).map((i) => minerUids[i]);
    const row = await weightsRow();
    const weightOrder = [...minerUids].sort((a, b) => (row.get(b) ?? 0) - (row.get(a) ?? 0));
    expect(weightOrder).toEqual(byQuality);
    expect(new Set(minerUids.map((u) => row.get(u))).size).toBe(4);
    expect(row.get(byQuality[0])).toBe(65535);

    const incentive = (await q.incentive(netuid)).toJSON() as number[];
    for (let i = 1; i < byQuality.length; i++)
      expect(incentive[byQuality[i - 1]]).toBeGreaterThan(incentive[byQuality[i]]);

    // The validator's own scores (moving averages of exactly the qualities, 0 for a missed deadline) rank the same.
    const scoreOf = (i: number) => validator.scores().get(minerHot[i].address) ?? 0;
    const byScore = [...minerUids.keys()].sort((a, b) => scoreOf(b) - scoreOf(a)).map((i) => minerUids[i]);
    expect(byScore).toEqual(byQuality);
    expect(scoreOf(1)).toBeGreaterThan(0.5);
    // Sent with version key 7 (a lower key would be refused as BadVersionKey); only the permit was ever missing.
    const refusals = reports
      .filter((r) => r.outcome.kind !== 'ok')
      .map((r) => (r.outcome as { reason?: string }).reason);
    expect(refusals.every((reason) => reason === 'NoPermit')).toBe(true);
  });

  it('behavior: with commit-reveal on, it commits, reveals in the next epoch, and the chain holds the revealed weights', {
    timeout: 120_000,
  }, async () => {
    const { reports, minerUids, weightsRow } = await setUp('CR', [1, 0.5], { commitReveal: true });
    devnet.producer.setMode('interval');
    await until(() => reports.some((r) => r.action === 'reveal' && r.outcome.kind === 'ok'));
    devnet.producer.setMode('manual');

    // CR-v4: the commit is timelocked and the chain reveals it; the validator reports the reveal it noticed.
    const commit = reports.find((r) => r.action === 'commit' && r.outcome.kind === 'committed');
    const reveal = reports.find((r) => r.action === 'reveal' && r.outcome.kind === 'ok');
    expect(reports.some((r) => r.action === 'set')).toBe(false);
    expect(reveal?.uids).toEqual(commit?.uids);
    expect(reveal?.values).toEqual(commit?.values);
    const row = await weightsRow();
    expect(row.get(minerUids[0])).toBe(65535);
    expect(row.get(minerUids[1])).toBeLessThan(65535);
    expect(reveal?.uids.map((uid, i) => [uid, reveal.values[i]])).toEqual([...row.entries()]);
  });
});
