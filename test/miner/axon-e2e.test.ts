/**
 * End to end: the SDK's dendrite queries a listening axon that serves a dense ONNX model through the
 * micro-batching model runner.
 */
import {
  buildAxon,
  createAxonMetrics,
  createModelRunner,
  createStaticPeerDirectory,
  type DenseNetwork,
  denseNetworkToOnnx,
} from '@subnetkit/miner';
import {
  createDendrite,
  createKeypair,
  createSigner,
  cryptoReady,
  defineSynapse,
  jsonLinesLogger,
} from '@subnetkit/sdk';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const Classify = defineSynapse({
  name: 'Classify',
  request: { pixels: z.array(z.number()) },
  response: { probabilities: z.array(z.number()).nullable().default(null) },
});

function network(): DenseNetwork {
  let seed = 11;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647 - 0.5;
  };
  const layer = (inputs: number, outputs: number) => ({
    inputs,
    outputs,
    weights: Float32Array.from({ length: inputs * outputs }, random),
    bias: Float32Array.from({ length: outputs }, random),
  });
  return { layers: [layer(16, 8), layer(8, 4)], softmax: true };
}

describe('axon end to end', () => {
  it('default: createDendrite queries an axon serving an ONNX model, batched', async () => {
    await cryptoReady();
    const minerSigner = createSigner(createKeypair({ uri: '//Ferdie' }));
    const validatorSigner = createSigner(createKeypair({ uri: '//Alice' }));
    const metrics = createAxonMetrics();
    const model = await createModelRunner({
      model: denseNetworkToOnnx(network()),
      executionProviders: ['cpu'],
      // A batch waits up to 5 s for company, so however the 32 requests arrive they fill exactly 4 batches of 8.
      maxBatchSize: 8,
      maxWaitMs: 5_000,
      onBatch: metrics.observeBatch,
    });
    const lines: string[] = [];
    const app = buildAxon({
      signer: minerSigner,
      synapses: [Classify],
      handlers: {
        Classify: async (request) => ({
          probabilities: Array.from(await model.run(Float32Array.from(request.pixels as number[]))),
        }),
      },
      peers: createStaticPeerDirectory({
        [validatorSigner.address]: { uid: 0, validatorPermit: true, stake: 100 },
      }),
      metrics,
      health: () => ({ provider: model.provider }),
      logger: jsonLinesLogger((line) => lines.push(line), {}, { debug: true }),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const dendrite = createDendrite({ signer: validatorSigner, maxSocketsPerAxon: 32 }); // all 32 in flight at once
    try {
      const axon = { ip: '127.0.0.1', port, hotkey: minerSigner.address };
      const inputs = Array.from({ length: 32 }, (_, i) =>
        Array.from({ length: 16 }, (_, k) => ((i + k) % 7) / 7),
      );
      const results = await dendrite.query({
        synapse: Classify,
        axons: Array.from({ length: 32 }, () => axon),
        input: (_axon, index) => ({ pixels: inputs[index] }),
        timeout: 10,
      });
      for (const [i, result] of results.entries()) {
        expect(result.status, result.message).toBe(200);
        const probabilities = result.response!.probabilities!;
        expect(probabilities).toHaveLength(4);
        expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        const direct = Array.from(await model.runBatch([Float32Array.from(inputs[i])]))[0];
        expect(probabilities).toEqual(Array.from(direct));
        expect(result.processTime).toBeGreaterThan(0);
      }
      expect([model.stats.batches, model.stats.rows]).toEqual([4, 32]); // concurrent requests shared batches
      const text = await metrics.registry.metrics();
      expect(text).toMatch(/model_batch_size_count \d+/);
      const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { provider: string };
      expect(health.provider).toBe('cpu');

      const stranger = createDendrite({ signer: createSigner(createKeypair({ uri: '//Dave' })) });
      const refused = await stranger.query({
        synapse: Classify,
        axons: [axon],
        input: { pixels: inputs[0] },
      });
      expect(refused[0].status).toBe(403);
      stranger.close();
      // At debug, one `request` line per request: the caller, the status and the latency.
      const requests = lines
        .map(
          (line) =>
            JSON.parse(line) as { msg?: string; caller?: string; status?: number; latencyMs?: number },
        )
        .filter((line) => line.msg === 'request');
      expect(requests).toContainEqual(
        expect.objectContaining({
          caller: validatorSigner.address,
          status: 200,
          latencyMs: expect.any(Number),
        }),
      );
      expect(requests).toContainEqual(expect.objectContaining({ status: 403 }));
    } finally {
      dendrite.close();
      await app.close();
      await model.close();
    }
  });
});
