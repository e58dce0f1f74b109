/**
 * 64 concurrent requests from one dendrite (same hotkey and uuid, nonces arriving out of order) are all
 * served — Bittensor's monotonic nonce rule fails most of them — and a replay of any one is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dummy, nowNonce, request, sendPrepared, startAxon, type TestAxon } from './axon-fixture.js';

let axon: TestAxon;
beforeAll(async () => {
  axon = await startAxon();
});
afterAll(async () => {
  await axon.close();
});

describe('axon concurrency', () => {
  it('behavior: 64 concurrent requests with one uuid all succeed; each replay fails with 401', async () => {
    const uuid = '0e7c7a2e-a8b2-11f0-8de9-0242ac120002';
    const base = nowNonce();
    const prepared = await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        request(axon, { synapse: Dummy, input: { dummy_input: i }, uuid, nonce: base + BigInt(i) }),
      ),
    );
    for (let i = 0; i < 64; i++) nowNonce(); // keep later nonces above these
    const order = prepared.map((_, i) => i).reverse(); // latest nonce first
    const responses = await Promise.all(order.map((i) => sendPrepared(axon, prepared[i])));
    responses.forEach((response, k) => {
      expect(response.status, response.body).toBe(200);
      expect(response.json.dummy_output).toBe(order[k] * 2);
    });
    expect(axon.calls.count).toBe(64);
    const replays = await Promise.all(prepared.map((p) => sendPrepared(axon, p)));
    for (const replay of replays) {
      expect(replay.status).toBe(401);
      expect(replay.json.message).toMatch(/Nonce is already used/);
    }
    expect(axon.calls.count).toBe(64);
  });
});
