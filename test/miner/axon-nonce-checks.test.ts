/**
 * The axon's nonce and body checks on a real listening axon with an injected clock: both edges of the freshness
 * window (stale and future-dated nonces), a nonce that goes stale between the freshness check and the replay
 * window, replays refused per caller (two validators, or two uuids, may use the same nonce), and bodies that are
 * not JSON objects — each refusal by its status, message and `AXON_…` code (from `axon_rejections_total`). Each test
 * starts its own axon, so a check that fails to register fails the test.
 */
import type { AxonErrorCode, AxonOptions } from '@subnetkit/miner';
import { createStaticPeerDirectory } from '@subnetkit/miner';
import { describe, expect, it } from 'vitest';
import { Dummy, Echo, keys, request, send, sendPrepared, startAxon, type TestAxon } from './axon-fixture.js';

const S = 1_000_000_000n;
const T = 1_700_000_000n * S;

/** Runs `body` with an axon whose clock reads `clock()`; closes it afterwards. */
async function withAxon(
  overrides: Partial<AxonOptions>,
  body: (axon: TestAxon) => Promise<void>,
): Promise<void> {
  const axon = await startAxon(overrides);
  try {
    await body(axon);
  } finally {
    await axon.close();
  }
}

/** Refusals counted by the axon so far, by code. */
async function rejections(axon: TestAxon): Promise<Partial<Record<AxonErrorCode, number>>> {
  const { values } = await axon.metrics.rejections.get();
  return Object.fromEntries(values.map((v) => [v.labels.reason, v.value]));
}

const dummy = (axon: TestAxon, nonce: bigint, extra: { timeout?: number; uuid?: string } = {}) =>
  request(axon, { synapse: Dummy, input: { dummy_input: 1 }, nonce, ...extra });

describe('nonce freshness', () => {
  it('args: a nonce exactly allowedDelta + timeout old is 401 AXON_NONCE_STALE; one nanosecond younger is served', async () => {
    await withAxon({ nowNs: () => T }, async (axon) => {
      const edge = T - 4n * S - 12n * S;
      const stale = await sendPrepared(axon, await dummy(axon, edge));
      expect(stale.status).toBe(401);
      expect(stale.json.message).toBe(
        'Not Verified with error: Nonce is too old: acceptable delta is 16.00 seconds but request was 16.00 seconds old',
      );
      expect((await sendPrepared(axon, await dummy(axon, edge + 1n))).status).toBe(200);
      expect(await rejections(axon)).toEqual({ AXON_NONCE_STALE: 1 });
    });
  });

  it('args: the window follows the timeout header and the options (allowedDeltaNs)', async () => {
    await withAxon({ nowNs: () => T, nonce: { allowedDeltaNs: 1n * S } }, async (axon) => {
      const old = await sendPrepared(axon, await dummy(axon, T - 3n * S - S / 2n, { timeout: 2.5 }));
      expect(old.status).toBe(401);
      expect(old.json.message).toBe(
        'Not Verified with error: Nonce is too old: acceptable delta is 3.50 seconds but request was 3.50 seconds old',
      );
      expect((await sendPrepared(axon, await dummy(axon, T - 3n * S, { timeout: 2.5 }))).status).toBe(200);
    });
  });

  it('args: a nonce exactly maxFuture ahead is served; one nanosecond further is 401 AXON_NONCE_FUTURE', async () => {
    await withAxon({ nowNs: () => T, nonce: { maxFutureNs: 5n * S } }, async (axon) => {
      expect((await sendPrepared(axon, await dummy(axon, T + 5n * S))).status).toBe(200);
      const future = await sendPrepared(axon, await dummy(axon, T + 5n * S + 1n));
      expect(future.status).toBe(401);
      expect(future.json.message).toBe('Not Verified with error: Nonce is too far in the future');
      expect(axon.calls.count).toBe(1);
      expect(await rejections(axon)).toEqual({ AXON_NONCE_FUTURE: 1 });
    });
  });

  it('behavior: a nonce that turns stale while its signature is checked is refused by the window as stale, not as a replay', async () => {
    // Every read of the clock advances it by 1 ns: the freshness check reads T, the replay window T + 1.
    let now = T;
    await withAxon({ nowNs: () => now++ }, async (axon) => {
      const prepared = await dummy(axon, T + 1n - 4n * S - 12n * S);
      const response = await sendPrepared(axon, prepared);
      expect(response.status).toBe(401);
      expect(response.json.message).toBe('Not Verified with error: Nonce is stale');
      expect(await rejections(axon)).toEqual({ AXON_NONCE_STALE: 1 });
    });
  });
});

describe('replays', () => {
  it('error: the same request twice: the second is 401 AXON_NONCE_REPLAY, and the handler ran once', async () => {
    await withAxon({ nowNs: () => T }, async (axon) => {
      const prepared = await dummy(axon, T);
      expect((await sendPrepared(axon, prepared)).status).toBe(200);
      const replay = await sendPrepared(axon, prepared);
      expect(replay.status).toBe(401);
      expect(replay.json.message).toBe('Not Verified with error: Nonce is already used');
      expect(axon.calls.count).toBe(1);
      expect(await rejections(axon)).toEqual({ AXON_NONCE_REPLAY: 1 });
    });
  });

  it('behavior: nonces are kept per caller: two validators, or one under two uuids, may send the same nonce', async () => {
    const alice = keys.validator();
    const bob = keys.noPermit();
    const peers = createStaticPeerDirectory({
      [alice.address]: { uid: 0, validatorPermit: true, stake: 1000 },
      [bob.address]: { uid: 1, validatorPermit: true, stake: 1000 },
    });
    await withAxon({ nowNs: () => T, peers }, async (axon) => {
      const uuid = 'a1b2c3d4-0000-11ef-8000-00000000000a';
      const sent = [
        await request(axon, { synapse: Echo, input: { text: 'a' }, signer: alice, nonce: T, uuid }),
        await request(axon, { synapse: Echo, input: { text: 'b' }, signer: bob, nonce: T, uuid }),
        await request(axon, {
          synapse: Echo,
          input: { text: 'c' },
          signer: alice,
          nonce: T,
          uuid: `${uuid}2`,
        }),
      ];
      for (const prepared of sent) expect((await sendPrepared(axon, prepared)).status).toBe(200);
      expect(axon.calls.count).toBe(3);
    });
  });
});

describe('body', () => {
  it('error: a JSON body that is not an object is 422 AXON_BODY_INVALID', async () => {
    await withAxon({ nowNs: () => T }, async (axon) => {
      let nonce = T;
      for (const body of ['[1]', '"text"', '42', 'null']) {
        const prepared = await dummy(axon, nonce++);
        const response = await send(axon, prepared.path, prepared.headers, body);
        expect(response.status, body).toBe(422);
        expect(response.json.message).toBe('Body is not a JSON object');
      }
      expect(axon.calls.count).toBe(0);
      expect(await rejections(axon)).toEqual({ AXON_BODY_INVALID: 4 });
    });
  });
});

it('behavior: the checks are registered as named plugins, as printPlugins() shows them', async () => {
  await withAxon({}, async (axon) => {
    const plugins = axon.app.printPlugins();
    for (const name of ['axon-nonce-freshness', 'axon-signature-check', 'axon-body-hash'])
      expect(plugins).toContain(name);
  });
});
