/**
 * verifyRequest's answers one by one: each refusal with its status and exact message (a header that does not parse,
 * each missing header, a body that is not JSON or not an object), what a verified request carries, and nonces kept
 * per caller (hotkey and uuid), so one dendrite's nonce never blocks another's.
 */
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
  request: { text: z.string() },
  response: { echoed: z.string().nullable().default(null) },
});
const AXON = createKeypair({ uri: '//Bob' });
const axon = { ip: '127.0.0.1', port: 1, hotkey: AXON.address };
const NOW = 1_700_000_000_000_000_000n;
let alice: Signer;
let charlie: Signer;

beforeAll(async () => {
  await cryptoReady();
  alice = createSigner(createKeypair({ uri: '//Alice' }));
  charlie = createSigner(createKeypair({ uri: '//Charlie' }));
});

const prepare = (options: { signer?: Signer; uuid?: string; timeout?: number } = {}) =>
  prepareRequest({
    synapse: Echo,
    input: { text: 'hi' },
    signer: options.signer ?? alice,
    axon,
    nonce: NOW,
    uuid: options.uuid ?? 'u-1',
    timeout: options.timeout ?? 5,
  });
const verify = (headers: Record<string, string | undefined>, body: unknown, nonces = createNonceWindow()) =>
  verifyRequest({ synapse: Echo, headers, body, axonHotkey: AXON.address, nonces, nowNs: NOW });

describe('verifyRequest', () => {
  test('default: a verified request carries its fields, the dendrite terminal info and its own timeout', async () => {
    const request = await prepare();
    expect(verify(request.headers, request.body)).toEqual({
      ok: true,
      request: { text: 'hi' },
      dendrite: {
        ip: request.headers.bt_header_dendrite_ip,
        version: Number(request.headers.bt_header_dendrite_version),
        nonce: NOW,
        uuid: 'u-1',
        hotkey: alice.address,
        signature: request.headers.bt_header_dendrite_signature,
      },
      timeout: 5,
    });
  });

  test('args: the body may be given parsed; without a timeout header the timeout is 12 s', async () => {
    const request = await prepare();
    const { timeout: _, ...noTimeout } = request.headers;
    expect(verify(noTimeout, JSON.parse(request.body))).toMatchObject({ ok: true, timeout: 12 });
  });

  test('error: a header that does not parse is 400 with the short message', async () => {
    const request = await prepare();
    expect(verify({ ...request.headers, bt_header_dendrite_nonce: 'soon' }, request.body)).toEqual({
      ok: false,
      status: 400,
      message: 'nonce "soon" is not an integer.',
    });
  });

  test('error: each missing header is 401 and named', async () => {
    const request = await prepare();
    const without = (name: string) => {
      const { [name]: _, ...rest } = request.headers;
      return verify(rest, request.body);
    };
    const notVerified = (reason: string) => ({
      ok: false,
      status: 401,
      message: `Not Verified with error: ${reason}`,
    });
    expect(without('bt_header_dendrite_nonce')).toEqual(notVerified('Missing Nonce'));
    expect(without('bt_header_dendrite_hotkey')).toEqual(notVerified('Missing dendrite hotkey or uuid'));
    expect(without('bt_header_dendrite_uuid')).toEqual(notVerified('Missing dendrite hotkey or uuid'));
    expect(without('computed_body_hash')).toEqual(notVerified('Missing computed_body_hash'));
  });

  test('error: a signature by another hotkey is 401 and names the signed message', async () => {
    const request = await prepare();
    const forged = { ...request.headers, bt_header_dendrite_hotkey: charlie.address };
    const result = verify(forged, request.body);
    expect(result).toMatchObject({ ok: false, status: 401 });
    expect(!result.ok && result.message).toBe(
      `Not Verified with error: Signature mismatch with ${NOW}.${charlie.address}.${AXON.address}.u-1.${request.headers.computed_body_hash} and ${request.headers.bt_header_dendrite_signature}`,
    );
  });

  test('error: a body that is not JSON is 400; JSON that is not an object is 422', async () => {
    const request = await prepare();
    expect(verify(request.headers, '{"text":')).toEqual({
      ok: false,
      status: 400,
      message: 'Body is not JSON',
    });
    for (const body of ['null', '42', '"text"'])
      expect(verify(request.headers, body, createNonceWindow())).toEqual({
        ok: false,
        status: 422,
        message: 'Body is not an object',
      });
  });
});

describe('nonces per caller', () => {
  test('behavior: the same nonce and uuid from two hotkeys, or from one hotkey under two uuids, both verify', async () => {
    const nonces = createNonceWindow();
    for (const request of [
      await prepare({ signer: alice }),
      await prepare({ signer: charlie }),
      await prepare({ signer: alice, uuid: 'u-2' }),
    ])
      expect(verify(request.headers, request.body, nonces).ok).toBe(true);
    const replay = await prepare({ signer: charlie });
    expect(verify(replay.headers, replay.body, nonces)).toEqual({
      ok: false,
      status: 401,
      message: 'Not Verified with error: Nonce is replay',
    });
  });
});
