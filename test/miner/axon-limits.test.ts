/**
 * Load shedding and lifecycle on a real listening axon: per-IP and per-hotkey limits (429), priority by
 * stake with a bounded wait (503), the server-side deadline (408), /healthz, and close() draining
 * in-flight requests.
 */
import { describe, expect, it } from 'vitest';
import { Dummy, keys, request, sendPrepared, startAxon } from './axon-fixture.js';

const echo = { Echo: (r: Record<string, unknown>) => ({ echoed: r.text as string }) };

describe('axon limits', () => {
  it('error: per-IP rate limit → 429 before the signature is checked', async () => {
    const axon = await startAxon({ rateLimit: { perIp: { requests: 3, windowMs: 60_000 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await sendPrepared(axon, await request(axon, { synapse: Dummy, input: { dummy_input: i } })))
            .status,
        );
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(axon.calls.count).toBe(3);
    } finally {
      await axon.close();
    }
  });

  it('error: per-hotkey in-flight cap → 429 for that hotkey only', async () => {
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => {
      unblock = resolve;
    });
    const axon = await startAxon({
      concurrency: { perHotkey: 2 },
      allowlist: { minStake: 0 },
      handlers: {
        Dummy: async () => {
          await blocked;
          return { dummy_output: 1 };
        },
        ...echo,
      },
    });
    try {
      const held = [0, 1].map(async (i) =>
        sendPrepared(axon, await request(axon, { synapse: Dummy, input: { dummy_input: i } })),
      );
      await new Promise((r) => setTimeout(r, 100));
      const third = await sendPrepared(
        axon,
        await request(axon, { synapse: Dummy, input: { dummy_input: 2 } }),
      );
      expect(third.status).toBe(429);
      expect(third.json.message).toMatch(/in flight from hotkey/);
      const other = request(axon, { synapse: Dummy, input: { dummy_input: 3 }, signer: keys.lowStake() });
      const otherResponse = sendPrepared(axon, await other);
      unblock();
      expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
      expect((await otherResponse).status).toBe(200);
    } finally {
      await axon.close();
    }
  });

  it('behavior: when saturated, queued requests run by stake; a wait past maxWaitMs → 503', async () => {
    const order: number[] = [];
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => {
      unblock = resolve;
    });
    const axon = await startAxon({
      priority: { maxConcurrent: 1, maxWaitMs: 1000 },
      allowlist: { minStake: 0 },
      handlers: {
        Dummy: async (r) => {
          order.push(r.dummy_input as number);
          if (r.dummy_input === 0) await blocked;
          return { dummy_output: 0 };
        },
        ...echo,
      },
    });
    try {
      const first = sendPrepared(axon, await request(axon, { synapse: Dummy, input: { dummy_input: 0 } }));
      await new Promise((r) => setTimeout(r, 50));
      // stake 1 arrives before stake 1000, but runs after it
      const low = sendPrepared(
        axon,
        await request(axon, { synapse: Dummy, input: { dummy_input: 1 }, signer: keys.lowStake() }),
      );
      await new Promise((r) => setTimeout(r, 50));
      const high = sendPrepared(axon, await request(axon, { synapse: Dummy, input: { dummy_input: 2 } }));
      await new Promise((r) => setTimeout(r, 50));
      unblock();
      expect([(await first).status, (await low).status, (await high).status]).toEqual([200, 200, 200]);
      expect(order).toEqual([0, 2, 1]);
    } finally {
      await axon.close();
    }

    const never = new Promise<never>(() => {});
    const saturated = await startAxon({
      priority: { maxConcurrent: 1, maxWaitMs: 100 },
      handlers: { Dummy: async () => never, ...echo },
    });
    try {
      void sendPrepared(
        saturated,
        await request(saturated, { synapse: Dummy, input: { dummy_input: 0 }, timeout: 1 }),
      );
      await new Promise((r) => setTimeout(r, 50));
      const started = performance.now();
      const waited = await sendPrepared(
        saturated,
        await request(saturated, { synapse: Dummy, input: { dummy_input: 1 } }),
      );
      expect(waited.status).toBe(503);
      expect(waited.json.message).toMatch(/priority queue/);
      // correctness bound: refused after maxWaitMs (100 ms), not held until the request's 12 s timeout.
      expect(performance.now() - started).toBeLessThan(6_000);
    } finally {
      await saturated.close();
    }
  });

  it('error: a handler past the request timeout → 408 and its signal aborts', async () => {
    let aborted = false;
    const axon = await startAxon({
      handlers: {
        // Never answers on its own: only the 0.3 s deadline can end the request (its 408, then the abort).
        Dummy: (_r, { signal }) =>
          new Promise((resolve) => {
            signal.addEventListener('abort', () => {
              aborted = true;
              resolve({ dummy_output: 1 });
            });
          }),
        ...echo,
      },
    });
    try {
      const response = await sendPrepared(
        axon,
        await request(axon, { synapse: Dummy, input: { dummy_input: 1 }, timeout: 0.3 }),
      );
      expect(response.status).toBe(408);
      expect(response.json.message).toBe('Response timeout after: 0.3s');
      expect(aborted).toBe(true);
    } finally {
      await axon.close();
    }
  });

  it('behavior: /healthz answers 503 while health() reports ready: false, 200 once ready', async () => {
    let ready = false;
    const axon = await startAxon({ health: () => ({ ready }) });
    try {
      const starting = await fetch(`http://127.0.0.1:${axon.target.port}/healthz`);
      expect(starting.status).toBe(503);
      expect(await starting.json()).toMatchObject({ status: 'starting', ready: false });
      ready = true;
      const ok = await fetch(`http://127.0.0.1:${axon.target.port}/healthz`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ status: 'ok', ready: true });
    } finally {
      await axon.close();
    }
  });

  it('behavior: /healthz reports, and close() drains an in-flight request before stopping', async () => {
    const axon = await startAxon({
      health: () => ({ provider: 'cpu' }),
      handlers: {
        Dummy: async () => {
          await new Promise((r) => setTimeout(r, 300));
          return { dummy_output: 42 };
        },
        ...echo,
      },
    });
    const health = await (await fetch(`http://127.0.0.1:${axon.target.port}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', provider: 'cpu', synapses: ['Dummy', 'Echo'] });
    const inFlight = sendPrepared(axon, await request(axon, { synapse: Dummy, input: { dummy_input: 1 } }));
    await new Promise((r) => setTimeout(r, 100));
    const closing = axon.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.json.dummy_output).toBe(42);
    await closing;
    await expect(fetch(`http://127.0.0.1:${axon.target.port}/healthz`)).rejects.toThrow();
  });
});
