import { describe, expect, it } from 'vitest';
import { createMicroBatcher } from './micro-batcher.js';

describe('createMicroBatcher', () => {
  it('default: a full batch runs at once, the rest after the wait, outputs go back in order', async () => {
    const seen: number[][] = [];
    const batcher = createMicroBatcher(
      async (xs: readonly number[]) => {
        seen.push([...xs]);
        return xs.map((x) => x * 10);
      },
      { maxBatchSize: 4, maxWaitMs: 20 },
    );
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((x) => batcher.submit(x)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(seen).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
    expect(batcher.stats).toEqual({ batches: 2, rows: 6 });
  });

  it('behavior: one batch runs at a time; arrivals during a run form the next batch', async () => {
    let active = 0;
    let maxActive = 0;
    const batcher = createMicroBatcher(
      async (xs: readonly number[]) => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await new Promise((r) => setTimeout(r, 10));
        active -= 1;
        return xs;
      },
      { maxBatchSize: 2, maxWaitMs: 1 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.submit(i)));
    expect(maxActive).toBe(1);
    expect(batcher.stats.rows).toBe(10);
  });

  it('error: a failing batch rejects its own requests only, and later batches still run', async () => {
    let call = 0;
    const batcher = createMicroBatcher(
      async (xs: readonly number[]) => {
        call += 1;
        if (call === 1) throw new Error('boom');
        return xs;
      },
      { maxBatchSize: 2, maxWaitMs: 1 },
    );
    const first = Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    const second = Promise.allSettled([batcher.submit(3), batcher.submit(4)]);
    expect((await first).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await second).toEqual([
      { status: 'fulfilled', value: 3 },
      { status: 'fulfilled', value: 4 },
    ]);
  });

  it('error: a runner returning the wrong number of outputs rejects the batch', async () => {
    const batcher = createMicroBatcher(async () => [1], { maxBatchSize: 2, maxWaitMs: 1 });
    const results = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
  });
});
