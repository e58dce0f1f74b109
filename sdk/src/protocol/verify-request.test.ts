import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { cryptoReady } from '../wallet/crypto-ready.js';
import { createKeypair } from '../wallet/keypair.js';
import { createSigner, type Signer } from '../wallet/signer.js';
import { defineSynapse } from './define-synapse.js';
import { createNonceWindow } from './nonce-window.js';
import { prepareRequest } from './prepare-request.js';
import { verifyRequest } from './verify-request.js';

const Echo = defineSynapse({
  name: 'Echo',
  request: { text: z.string(), n: z.int() },
  response: { echoed: z.string().nullable().default(null) },
});
const AXON = createKeypair({ uri: '//Bob' });
const axon = { ip: '127.0.0.1', port: 1, hotkey: AXON.address };
const NOW = 1_700_000_000_000_000_000n;
let signer: Signer;

beforeAll(async () => {
  await cryptoReady();
  signer = createSigner(createKeypair({ uri: '//Alice' }));
});

const prepare = (nonce: bigint, input = { text: 'hi', n: 1 }) =>
  prepareRequest({ synapse: Echo, input, signer, axon, nonce, uuid: 'u-1', timeout: 12 });
const verify = (
  request: Awaited<ReturnType<typeof prepare>>,
  nonces = createNonceWindow(),
  extra: Partial<{ axonHotkey: string; body: string; headers: Record<string, string> }> = {},
) =>
  verifyRequest({
    synapse: Echo,
    headers: extra.headers ?? request.headers,
    body: extra.body ?? request.body,
    axonHotkey: extra.axonHotkey ?? AXON.address,
    nonces,
    nowNs: NOW,
  });

describe('verifyRequest', () => {
  test('default: a signed request verifies and yields typed fields', async () => {
    const result = verify(await prepare(NOW));
    expect(result).toMatchObject({ ok: true, request: { text: 'hi', n: 1 }, timeout: 12 });
  });

  test('behavior: concurrent out-of-order nonces from one dendrite are accepted; replays are refused', async () => {
    const nonces = createNonceWindow();
    const requests = await Promise.all([NOW + 3n, NOW + 1n, NOW + 2n].map((n) => prepare(n)));
    for (const request of requests) expect(verify(request, nonces).ok).toBe(true);
    expect(verify(requests[1], nonces)).toMatchObject({
      ok: false,
      status: 401,
      message: expect.stringContaining('replay'),
    });
  });

  test('error: missing signature, signature for another axon, stale nonce', async () => {
    const request = await prepare(NOW);
    const { bt_header_dendrite_signature: _, ...unsigned } = request.headers;
    expect(verify(request, undefined, { headers: unsigned })).toMatchObject({
      status: 401,
      message: expect.stringContaining('Missing signature'),
    });
    expect(
      verify(request, undefined, { axonHotkey: createKeypair({ uri: '//Charlie' }).address }),
    ).toMatchObject({ status: 401 });
    expect(verify(await prepare(NOW - 17_000_000_000n))).toMatchObject({
      status: 401,
      message: expect.stringContaining('stale'),
    });
  });

  test('error: body changed after signing is 400, invalid body is 422', async () => {
    const request = await prepare(NOW);
    const tampered = request.body.replace('"text":"hi"', '"text":"HI"');
    expect(verify(request, undefined, { body: tampered })).toMatchObject({
      ok: false,
      status: 400,
      message: 'Body hash mismatch',
    });
    const invalid = request.body.replace('"n":1', '"n":"one"');
    expect(verify(request, undefined, { body: invalid })).toMatchObject({ ok: false, status: 422 });
  });
});

describe('createNonceWindow', () => {
  test('behavior: a replay cannot look fresh by claiming a larger timeout', () => {
    const window = createNonceWindow({ maxTimeoutS: 60 });
    expect(window.check({ key: 'k', nonce: NOW, timeoutS: 12, nowNs: NOW }).ok).toBe(true);
    const later = NOW + 50_000_000_000n;
    expect(window.check({ key: 'k', nonce: NOW, timeoutS: 1e9, nowNs: later })).toEqual({
      ok: false,
      reason: 'replay',
    });
    expect(window.check({ key: 'k', nonce: NOW, timeoutS: 1e9, nowNs: NOW + 70_000_000_000n })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });

  test('behavior: old nonces are forgotten, future ones refused', () => {
    const window = createNonceWindow();
    for (let i = 0n; i < 100n; i++) window.check({ key: 'k', nonce: NOW + i, timeoutS: 12, nowNs: NOW });
    expect(window.size).toBe(100);
    window.prune(NOW + 100_000_000_000n);
    expect(window.size).toBe(0);
    expect(window.check({ key: 'k', nonce: NOW + 31_000_000_000n, timeoutS: 12, nowNs: NOW })).toEqual({
      ok: false,
      reason: 'future',
    });
  });
});
