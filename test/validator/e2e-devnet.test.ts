/**
 * End to end on the devnet: four real axons whose answers have known quality (1, 0.75, 0.5, 0.25) serve on a subnet
 * with a 10-block tempo; a staked validator (createValidator over the SDK client, in-process queue, real dendrite)
 * runs until it has set weights twice and an epoch has followed. Its on-chain weights rank the miners by quality,
 * carry the subnet's weights_version_key, and the chain's Incentive follows the same order.
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithApi } from '../devnet/helpers.js';
import { alice, createSubnet, fund, keyring, num, ok, sudo, TAO } from '../subtensor/helpers.js';
import { answerOfQuality, challenge, Square, score } from './square-subnet.js';

const TEMPO = 10;
const VERSION_KEY = 7n;
/** Miner quality by registration order; deliberately not the uid order. */
const QUALITY = [0.5, 1, 0.25, 0.75];

let devnet: Devnet;
let api: ApiPromise;
let client: SubtensorClient;
let dendrite: Dendrite;
let validator: Validator;
const apps: FastifyInstance[] = [];

afterAll(async () => {
  await validator?.close();
  dendrite?.close();
  await Promise.all(apps.map((app) => app.close()));
  await client?.disconnect();
  await api?.disconnect();
  await devnet?.close();
});

beforeAll(async () => {
  await cryptoReady();
  // Instant blocks for the setup; then a block every 200 ms while the validator runs.
  ({ devnet, api } = await startWithApi({ finalizeDelay: 0, blockTime: 200 }));
});

describe('validator on the devnet', () => {
  it('behavior: weights rank four real miners by quality and Incentive follows', {
    timeout: 120_000,
  }, async () => {
    const tx = api.tx.subtensorModule;
    const ownerHot = keyring.addFromUri('//Alice_hk');
    const validatorCold = keyring.addFromUri('//Bob');
    const validatorHot = keyring.addFromUri('//E2E_validator');
    const minerCold = keyring.addFromUri('//Dave');
    const minerHot = QUALITY.map((_, i) => keyring.addFromUri(`//E2E_miner${i}`));

    const netuid = await createSubnet(api, alice, ownerHot, { tempo: TEMPO });
    await sudo(api, api.tx.adminUtils.sudoSetWeightsVersionKey(netuid, VERSION_KEY));
    await ok(api, tx.burnedRegister(netuid, validatorHot.address), validatorCold);
    await ok(api, tx.addStake(validatorHot.address, netuid, 1_000n * TAO), validatorCold);
    for (const hot of minerHot) await ok(api, tx.burnedRegister(netuid, hot.address), minerCold);
    await fund(api, validatorHot, ...minerHot);

    client = await createSubtensorClient({ url: devnet.url });
    const signer = createSigner(createKeypair({ uri: '//E2E_validator' }));
    const peers = createStaticPeerDirectory({
      [signer.address]: { uid: 1, validatorPermit: true, stake: 1000, ip: '127.0.0.1' },
    });
    for (const [i, quality] of QUALITY.entries()) {
      const miner = createKeypair({ uri: `//E2E_miner${i}` });
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
      const { port } = app.server.address() as { port: number };
      await serveAxon(client, { signer: miner, netuid, ip: '127.0.0.2', port });
    }

    dendrite = createDendrite({ signer, maxResponseBytes: 1024 * 1024 });
    validator = createValidator({
      client,
      signer,
      netuid,
      synapse: Square,
      challenge,
      score,
      dendrite,
      config: { alpha: 0.5, queryTimeoutMs: 1_000, concurrency: 8 },
    });
    const reports: WeightsReport[] = [];
    validator.on('weights', (report) => reports.push(report));
    await validator.start();
    devnet.producer.setMode('interval');

    const q = api.query.subtensorModule;
    const sets = () => reports.filter((r) => r.action === 'set' && r.outcome.kind === 'ok');
    // Until its permit arrives (the next epoch) the chain refuses; the validator retries every block.
    while (sets().length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    const lastSet = sets().at(-1)!.outcome as { block: number };
    while (num(await q.lastMechansimStepBlock(netuid)) <= lastSet.block)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await validator.close();
    devnet.producer.setMode('manual');

    const uidOf = async (address: string) => num((await q.uids(netuid, address)).unwrap());
    const minerUids = await Promise.all(minerHot.map((hot) => uidOf(hot.address)));
    const validatorUid = await uidOf(validatorHot.address);
    const byQuality = [...minerUids.keys()].sort((a, b) => QUALITY[b] - QUALITY[a]).map((i) => minerUids[i]);

    const row = new Map((await q.weights(netuid, validatorUid)).toJSON() as [number, number][]);
    const weightOrder = [...minerUids].sort((a, b) => (row.get(b) ?? 0) - (row.get(a) ?? 0));
    expect(weightOrder).toEqual(byQuality);
    expect(new Set(minerUids.map((u) => row.get(u))).size).toBe(4);
    expect(row.get(byQuality[0])).toBe(65535);

    const incentive = (await q.incentive(netuid)).toJSON() as number[];
    for (let i = 1; i < byQuality.length; i++)
      expect(incentive[byQuality[i - 1]]).toBeGreaterThan(incentive[byQuality[i]]);

    // The validator's own scores converge on the miners' qualities.
    for (const [i, hot] of minerHot.entries())
      expect(validator.scores().get(hot.address)).toBeCloseTo(QUALITY[i], 1);
    const refusals = reports
      .filter((r) => r.outcome.kind !== 'ok')
      .map((r) => (r.outcome as { reason?: string }).reason);
    expect(refusals.every((reason) => reason === 'NoPermit')).toBe(true);
  });
});
