import type { Logger } from '@subnetkit/sdk';
import { describe, expect, it } from 'vitest';
import { type DenseNetwork, denseNetworkToOnnx } from './dense-network.js';
import { createModelRunner } from './model-runner.js';

/** A seeded 6 → 5 → 3 network with softmax, and the same network evaluated in plain JS. */
function network(): DenseNetwork {
  let seed = 7;
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
  return { layers: [layer(6, 5), layer(5, 3)], softmax: true };
}

function reference(net: DenseNetwork, row: Float32Array): number[] {
  let x = Array.from(row);
  net.layers.forEach((layer, i) => {
    const y = Array.from({ length: layer.outputs }, (_, o) => {
      let s = layer.bias[o];
      for (let k = 0; k < layer.inputs; k++) s += x[k] * layer.weights[k * layer.outputs + o];
      return s;
    });
    x = i < net.layers.length - 1 ? y.map((v) => Math.max(0, v)) : y;
  });
  const m = Math.max(...x);
  const e = x.map((v) => Math.exp(v - m));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

function recordingLogger(lines: Array<{ level: string; msg: string | undefined }>): Logger {
  const log = (level: string) => (_obj: object, msg?: string) => {
    lines.push({ level, msg });
  };
  const logger: Logger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: () => logger,
  };
  return logger;
}

const rowOf = (i: number) => Float32Array.from({ length: 6 }, (_, k) => Math.sin(i * 6 + k));

describe('createModelRunner', () => {
  const net = network();
  const bytes = denseNetworkToOnnx(net);

  it('default: runs the exported network like the JS reference, on the first provider that loads', async () => {
    const lines: Array<{ level: string; msg: string | undefined }> = [];
    const model = await createModelRunner({ model: bytes, logger: recordingLogger(lines) });
    try {
      expect(['cuda', 'cpu']).toContain(model.provider);
      expect(model.inputSize).toBe(6);
      expect(model.outputSize).toBe(3);
      // The runner says which provider it runs on; without CUDA it also says why it fell back.
      expect(
        lines.some((l) => l.level === 'info' && l.msg?.includes(`${model.provider} execution provider`)),
      ).toBe(true);
      if (model.provider === 'cpu')
        expect(lines.some((l) => l.level === 'warn' && l.msg?.includes('cuda'))).toBe(true);
      const out = await model.run(rowOf(1));
      reference(net, rowOf(1)).forEach((v, i) => {
        expect(out[i]).toBeCloseTo(v, 5);
      });
    } finally {
      await model.close();
    }
  });

  it('behavior: concurrent requests run in micro-batches and each gets its own row back', async () => {
    const model = await createModelRunner({
      model: bytes,
      executionProviders: ['cpu'],
      maxBatchSize: 16,
      maxWaitMs: 5,
    });
    try {
      const before = model.stats.batches;
      const outputs = await Promise.all(Array.from({ length: 64 }, (_, i) => model.run(rowOf(i))));
      outputs.forEach((out, i) => {
        reference(net, rowOf(i)).forEach((v, k) => {
          expect(out[k]).toBeCloseTo(v, 5);
        });
      });
      // The 64 rows are all queued in one tick (before any batch can finish), so they fill exactly 4 batches of 16
      // whatever the scheduler does: a batch runs when full, one at a time, and the rest queue meanwhile.
      expect(model.stats.batches - before).toBe(4);
    } finally {
      await model.close();
    }
  });

  it('error: wrong length, wrong type and non-finite inputs are refused before inference', async () => {
    const model = await createModelRunner({ model: bytes, executionProviders: ['cpu'] });
    try {
      const rows = model.stats.rows;
      await expect(model.run(new Float32Array(5))).rejects.toMatchObject({ code: 'MINER_MODEL_BAD_INPUT' });
      await expect(model.run([1, 2, 3, 4, 5, 6] as unknown as Float32Array)).rejects.toMatchObject({
        code: 'MINER_MODEL_BAD_INPUT',
      });
      const nan = rowOf(2);
      nan[3] = Number.NaN;
      await expect(model.run(nan)).rejects.toMatchObject({ code: 'MINER_MODEL_BAD_INPUT' });
      expect(model.stats.rows).toBe(rows);
      // And the runner keeps serving.
      expect((await model.run(rowOf(3))).length).toBe(3);
    } finally {
      await model.close();
    }
  });

  it('error: a model that no provider can load, and runs after close', async () => {
    await expect(
      createModelRunner({ model: new Uint8Array([1, 2, 3]), executionProviders: ['cpu'] }),
    ).rejects.toMatchObject({ code: 'MINER_MODEL_LOAD_FAILED' });
    const model = await createModelRunner({ model: bytes, executionProviders: ['cpu'] });
    await model.close();
    await expect(model.runBatch([rowOf(0)])).rejects.toMatchObject({ code: 'MINER_MODEL_CLOSED' });
  });
});
