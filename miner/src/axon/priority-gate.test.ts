import { describe, expect, it } from 'vitest';
import { MinerError } from '../miner-error.js';
import { createPriorityGate } from './priority-gate.js';

describe('createPriorityGate', () => {
  it('default: admits up to maxConcurrent at once', async () => {
    const gate = createPriorityGate({ maxConcurrent: 2, maxWaitMs: 1000, maxQueue: 10 });
    await gate.acquire(0);
    await gate.acquire(0);
    expect(gate.running).toBe(2);
  });

  it('behavior: queued callers are admitted by priority, FIFO among equals', async () => {
    const gate = createPriorityGate({ maxConcurrent: 1, maxWaitMs: 1000, maxQueue: 10 });
    const first = await gate.acquire(0);
    const order: string[] = [];
    const waits = [
      ['low', 1],
      ['high-a', 5],
      ['mid', 3],
      ['high-b', 5],
    ].map(([name, priority]) =>
      gate.acquire(priority as number).then((release) => {
        order.push(name as string);
        release();
      }),
    );
    expect(gate.waiting).toBe(4);
    first();
    await Promise.all(waits);
    expect(order).toEqual(['high-a', 'high-b', 'mid', 'low']);
    expect(gate.running).toBe(0);
  });

  it('error: a wait past maxWaitMs fails with AXON_OVERLOADED and frees its place', async () => {
    const gate = createPriorityGate({ maxConcurrent: 1, maxWaitMs: 20, maxQueue: 10 });
    const release = await gate.acquire(0);
    await expect(gate.acquire(1)).rejects.toMatchObject({ code: 'AXON_OVERLOADED' });
    expect(gate.waiting).toBe(0);
    release();
    expect(gate.running).toBe(0);
  });

  it('error: a full queue fails at once', async () => {
    const gate = createPriorityGate({ maxConcurrent: 1, maxWaitMs: 1000, maxQueue: 1 });
    await gate.acquire(0);
    const queued = gate.acquire(0);
    await expect(gate.acquire(0)).rejects.toBeInstanceOf(MinerError);
    queued.catch(() => undefined);
  });

  it('behavior: releasing twice frees one slot', async () => {
    const gate = createPriorityGate({ maxConcurrent: 1, maxWaitMs: 1000, maxQueue: 10 });
    const release = await gate.acquire(0);
    release();
    release();
    expect(gate.running).toBe(0);
  });
});
