import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { defineSynapse } from '../protocol/define-synapse.js';
import { createNonceWindow } from '../protocol/nonce-window.js';
import type { AxonTarget } from '../protocol/prepare-request.js';
import { verifyRequest } from '../protocol/verify-request.js';
import { cryptoReady } from '../wallet/crypto-ready.js';
import { createKeypair } from '../wallet/keypair.js';
import { createSigner } from '../wallet/signer.js';
import { createDendrite } from './create-dendrite.js';

const Echo = defineSynapse({
  name: 'Echo',
  request: { text: z.string(), n: z.int() },
  response: { echoed: z.string().nullable().default(null) },
});

type Behavior = 'ok' | 'slow' | 'garbage' | 'wrong-type' | 'drop';

/** A local test axon: Fastify on 127.0.0.1 that verifies requests with the SDK and answers like a Python axon. */
async function startAxon(index: number, behavior: Behavior, release: Promise<void>) {
  const hotkey = createKeypair({ seed: new Uint8Array(32).fill(index + 1) }).address;
  const nonces = createNonceWindow();
  const app: FastifyInstance = Fastify({ forceCloseConnections: true, logger: false });
  let connections = 0;
  app.server.on('connection', () => connections++);
  app.post('/Echo', async (request, reply) => {
    const started = performance.now();
    const verified = verifyRequest({
      synapse: Echo,
      headers: request.headers,
      body: request.body,
      axonHotkey: hotkey,
      nonces,
      nowNs: BigInt(Date.now()) * 1_000_000n,
    });
    if (!verified.ok) return reply.code(verified.status).send({ message: verified.message });
    if (behavior === 'slow') await release;
    if (behavior === 'drop') {
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      reply.raw.write('{"echoed":');
      setTimeout(() => reply.raw.destroy(), 20);
      return reply;
    }
    if (behavior === 'garbage') return reply.header('content-type', 'application/json').send('{not json');
    const echoed = behavior === 'wrong-type' ? 42 : `${verified.request.text}:${verified.request.n}`;
    reply.header('bt_header_axon_status_code', '200');
    reply.header('bt_header_axon_process_time', String((performance.now() - started) / 1000));
    return { ...(request.body as object), echoed, text: 'overwritten by miner' };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    app,
    axon: { ip: '127.0.0.1', port, hotkey } satisfies AxonTarget,
    connections: () => connections,
  };
}

let releaseSlow: () => void = () => undefined;
const release = new Promise<void>((resolve) => {
  releaseSlow = resolve;
});
const axons: Awaited<ReturnType<typeof startAxon>>[] = [];
const SLOW = new Set([3, 40, 77, 100, 128, 150, 199, 200, 230, 255]);

beforeAll(async () => {
  await cryptoReady();
  for (let i = 0; i < 256; i++) axons.push(await startAxon(i, SLOW.has(i) ? 'slow' : 'ok', release));
});

afterAll(async () => {
  releaseSlow();
  await Promise.all(axons.map(({ app }) => app.close()));
});

describe('createDendrite', () => {
  // The deadline is 10 s, not 2: on a loaded 2-core machine 246 signed round trips can take longer than 2 s,
  // which would turn a fast axon's 200 into a 408 (seen in a full CI run at load 14).
  test('default: 256 concurrent queries, 10 slow axons: finishes at the deadline with 408s, the rest 200', {
    timeout: 120_000,
  }, async () => {
    const dendrite = createDendrite({ signer: createSigner(createKeypair({ uri: '//Alice' })) });
    const started = performance.now();
    const results = await dendrite.query({
      synapse: Echo,
      axons: axons.map((a) => a.axon),
      input: (_axon, i) => ({ text: 'hi', n: i }),
      timeout: 10,
    });
    const elapsed = performance.now() - started;
    // correctness bound: the query waits for its 10 s deadline (a timer never fires early; load only adds)...
    expect(elapsed).toBeGreaterThanOrEqual(9_990);
    // correctness bound: ...and ends by it: not 10 times later, when nothing but the slow axons could end it.
    expect(elapsed).toBeLessThan(100_000);
    expect(results).toHaveLength(256);
    results.forEach((result, i) => {
      if (SLOW.has(i)) {
        expect(result).toMatchObject({ status: 408, ok: false, message: 'Request timeout after 10 seconds' });
      } else {
        expect(result).toMatchObject({
          status: 200,
          ok: true,
          message: 'Success',
          response: { echoed: `hi:${i}` },
        });
        expect(result.processTime).toBeGreaterThanOrEqual(0);
        expect(result.elapsedMs).toBeLessThanOrEqual(elapsed); // each answer's time is part of the query's
      }
    });
    // The miner's attempt to overwrite a request field is ignored: only response fields are read back.
    expect(Object.keys(results[0].response ?? {})).toEqual(['echoed']);
    dendrite.close();
  });

  test('behavior: keep-alive reuses connections across queries; concurrency limit is honoured', async () => {
    const dendrite = createDendrite({
      signer: createSigner(createKeypair({ uri: '//Bob' })),
      concurrency: 4,
    });
    const target = axons[0];
    const before = target.connections();
    for (let i = 0; i < 5; i++) {
      const [result] = await dendrite.query({
        synapse: Echo,
        axons: [target.axon],
        input: { text: 'k', n: i },
        timeout: 2,
      });
      expect(result.status).toBe(200);
    }
    expect(target.connections() - before).toBe(1);
    const fast = axons
      .filter((_, i) => !SLOW.has(i))
      .slice(0, 20)
      .map((a) => a.axon);
    const results = await dendrite.query({
      synapse: Echo,
      axons: fast,
      input: { text: 'c', n: 1 },
      timeout: 2,
    });
    expect(results.every((r) => r.ok)).toBe(true);
    dendrite.close();
  });

  test('error: 503 for a closed port, 422 for a bad response, 401 passed through, never throws', async () => {
    const closed = await startAxon(900, 'ok', release);
    await closed.app.close();
    const garbage = await startAxon(901, 'garbage', release);
    const wrongType = await startAxon(902, 'wrong-type', release);
    const drop = await startAxon(903, 'drop', release);
    const misaddressed = { ...axons[1].axon, hotkey: axons[2].axon.hotkey }; // signed for another miner
    const dendrite = createDendrite({ signer: createSigner(createKeypair({ uri: '//Charlie' })) });
    const results = await dendrite.query({
      synapse: Echo,
      axons: [closed.axon, garbage.axon, wrongType.axon, misaddressed, drop.axon],
      input: { text: 'x', n: 0 },
      timeout: 2,
    });
    expect(results.map((r) => r.status)).toEqual([503, 422, 422, 401, 503]);
    expect(results[4].message).toMatch(/^Service disconnected/);
    expect(results[0].message).toBe(`Service unavailable at 127.0.0.1:${closed.axon.port}/Echo`);
    expect(results[1].message).toMatch(/^Failed to parse response/);
    expect(results[3].message).toMatch(/^Not Verified with error: Signature mismatch/);
    dendrite.close();
    await Promise.all([garbage.app.close(), wrongType.app.close(), drop.app.close()]);
  });

  test('behavior: an aborted signal ends the query early with 408s', async () => {
    const dendrite = createDendrite({ signer: createSigner(createKeypair({ uri: '//Dave' })) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = performance.now();
    const [result] = await dendrite.query({
      synapse: Echo,
      axons: [axons[3].axon],
      input: { text: 's', n: 1 },
      timeout: 10,
      signal: controller.signal,
    });
    // correctness bound: the abort at 200 ms ends the query, long before its 10 s deadline would.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.status).toBe(408);
    await expect(
      dendrite.query({ synapse: Echo, axons: [axons[0].axon], input: { text: 1 } as never }),
    ).rejects.toMatchObject({ code: 'SDK_SYNAPSE_INVALID' });
    dendrite.close();
  });
});
