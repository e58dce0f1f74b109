/**
 * The miner's forward function behind a real axon, queried by a real dendrite with the validator's
 * challenge, and scored: the better model scores higher, and a bad request never reaches the model.
 */
import { buildAxon, createModelRunner, createStaticPeerDirectory, type ModelRunner } from '@subnetkit/miner';
import {
  createDendrite,
  createKeypair,
  createSigner,
  cryptoReady,
  defineSynapse,
  type Signer,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { digitsConfig } from '../src/config.js';
import { digitsForward } from '../src/miner.js';
import { type ModelName, modelPath } from '../src/models.js';
import { Digits } from '../src/protocol.js';
import { digitsChallenge, digitsScore } from '../src/validator.js';

type Served = {
  model: ModelRunner;
  close: () => Promise<void>;
  axon: { ip: string; port: number; hotkey: string };
};

async function serve(name: ModelName, miner: Signer, validator: Signer): Promise<Served> {
  const model = await createModelRunner({ model: modelPath(name), executionProviders: ['cpu'] });
  const app = buildAxon({
    signer: miner,
    synapses: [Digits],
    handlers: { Digits: digitsForward(model) },
    peers: createStaticPeerDirectory({ [validator.address]: { uid: 0, validatorPermit: true, stake: 100 } }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  return {
    model,
    axon: { ip: '127.0.0.1', port, hotkey: miner.address },
    close: async () => {
      await app.close();
      await model.close();
    },
  };
}

describe('digits miner', () => {
  let validator: Signer;
  let miners: Record<'random' | 'mlp', Served>;

  beforeAll(async () => {
    await cryptoReady();
    validator = createSigner(createKeypair({ uri: '//Alice' }));
    miners = {
      random: await serve('random', createSigner(createKeypair({ uri: '//Ferdie' })), validator),
      mlp: await serve('mlp', createSigner(createKeypair({ uri: '//Eve' })), validator),
    };
  });
  afterAll(async () => {
    await Promise.all(Object.values(miners ?? {}).map((miner) => miner.close()));
  });

  it('default: answers a challenge over HTTP; the trained model outscores the random one', async () => {
    const dendrite = createDendrite({ signer: validator });
    try {
      const totals = { random: 0, mlp: 0 };
      for (const seed of ['0x01', '0x02', '0x03', '0x04']) {
        const axons = [miners.random.axon, miners.mlp.axon];
        const results = await dendrite.query({
          synapse: Digits,
          axons,
          input: (axon) => digitsChallenge(seed, axon), // each miner its own query
          timeout: digitsConfig.timeoutSeconds,
        });
        for (const [i, name] of (['random', 'mlp'] as const).entries()) {
          const query = digitsChallenge(seed, axons[i]);
          expect(results[i].status, results[i].message).toBe(200);
          expect(results[i].response?.predictions).toHaveLength(query.images.length);
          const context = { seed, hotkey: axons[i].hotkey, elapsedMs: results[i].elapsedMs };
          totals[name] += digitsScore(query, results[i].response, context);
        }
      }
      expect(totals.mlp / 4).toBeGreaterThan(0.8);
      expect(totals.random / 4).toBeLessThan(0.4);
    } finally {
      dendrite.close();
    }
  });

  it('error: a request that breaks the schema is refused by the axon before the model runs', async () => {
    // Signed with a looser declaration of the same synapse, so the bad images get past the dendrite.
    const LooseDigits = defineSynapse({
      name: 'Digits',
      request: { images: z.array(z.unknown()) },
      response: { predictions: z.array(z.number()).nullable().default(null) },
    });
    const dendrite = createDendrite({ signer: validator });
    try {
      const before = miners.mlp.model.stats.rows;
      const image = digitsChallenge(1, miners.mlp.axon).images[0];
      const requests = [
        [image.slice(4)], // too short
        ['A'.repeat(1048)], // 786 bytes
        [`${'*'.repeat(1046)}==`], // not base64
        [Array(784).fill(0)], // numbers, not base64
        Array(digitsConfig.maxBatchSize + 1).fill(image), // too many
        [], // none
      ];
      for (const images of requests) {
        const [result] = await dendrite.query({
          synapse: LooseDigits,
          axons: [miners.mlp.axon],
          input: { images },
        });
        expect(result.status, result.message).toBe(422);
      }
      expect(miners.mlp.model.stats.rows).toBe(before);
      const [valid] = await dendrite.query({
        synapse: Digits,
        axons: [miners.mlp.axon],
        input: digitsChallenge(1, miners.mlp.axon),
      });
      expect(valid.status).toBe(200); // and the miner still serves
    } finally {
      dendrite.close();
    }
  });
});
