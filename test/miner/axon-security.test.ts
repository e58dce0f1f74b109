/**
 * Every refusal of the axon against a REAL listening server: each request is rejected with its
 * documented status before the handler (and so the model) runs, and the server keeps serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Dummy,
  Echo,
  keys,
  nowNonce,
  request,
  send,
  sendPrepared,
  startAxon,
  statusOf,
  type TestAxon,
} from './axon-fixture.js';

let axon: TestAxon;

beforeAll(async () => {
  axon = await startAxon();
});
afterAll(async () => {
  await axon.close();
});

/** The request is refused with `status` and a `{ message }` body, the handler never ran, and a valid request still succeeds. */
async function expectRejected(
  response: Awaited<ReturnType<typeof send>>,
  status: number,
  message?: RegExp,
): Promise<void> {
  expect(response.status, response.body).toBe(status);
  expect(typeof response.json?.message).toBe('string');
  if (message) expect(response.json.message).toMatch(message);
  expect(response.headers.bt_header_axon_status_code).toBe(String(status));
  expect(axon.calls.count).toBe(0);
  const ok = await sendPrepared(axon, await request(axon, { synapse: Dummy, input: { dummy_input: 1 } }));
  expect(ok.status).toBe(200);
  axon.calls.count = 0;
}

describe('axon security', () => {
  it('default: a signed request from a permitted validator is served', async () => {
    const prepared = await request(axon, { synapse: Echo, input: { text: 'hi' } });
    const response = await sendPrepared(axon, prepared);
    expect(response.status).toBe(200);
    expect(response.json.echoed).toBe('hi');
    axon.calls.count = 0;
  });

  it('error: missing signature → 401 (Bittensor 10.2.0 let it through)', async () => {
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 } });
    const { bt_header_dendrite_signature: _, ...headers } = prepared.headers;
    await expectRejected(await send(axon, prepared.path, headers, prepared.body), 401, /Missing signature/);
  });

  it('error: bad signature → 401', async () => {
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 } });
    const flipped = prepared.signature.slice(0, -2) + (prepared.signature.endsWith('00') ? '01' : '00');
    await expectRejected(
      await send(
        axon,
        prepared.path,
        { ...prepared.headers, bt_header_dendrite_signature: flipped },
        prepared.body,
      ),
      statusOf('AXON_SIGNATURE_INVALID'),
      /Signature mismatch/,
    );
  });

  it('error: a signature made for another axon → 401, even with the axon hotkey header rewritten', async () => {
    const other = keys.otherMiner();
    const target = { ...axon.target, hotkey: other.address };
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 }, target });
    await expectRejected(await sendPrepared(axon, prepared), 401, /request is for axon/);
    const rewritten = { ...prepared.headers, bt_header_axon_hotkey: axon.miner.address };
    await expectRejected(
      await send(axon, prepared.path, rewritten, prepared.body),
      401,
      /Signature mismatch/,
    );
  });

  it('error: a changed body → 400 (body hash mismatch)', async () => {
    const prepared = await request(axon, { synapse: Echo, input: { text: 'pay alice' } });
    const body = prepared.body.replace('pay alice', 'pay mallory');
    await expectRejected(
      await send(axon, prepared.path, prepared.headers, body),
      statusOf('AXON_BODY_HASH_MISMATCH'),
      /Body hash mismatch/,
    );
  });

  it('error: a replayed nonce → 401', async () => {
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 } });
    expect((await sendPrepared(axon, prepared)).status).toBe(200);
    axon.calls.count = 0;
    await expectRejected(
      await sendPrepared(axon, prepared),
      statusOf('AXON_NONCE_REPLAY'),
      /Nonce is already used/,
    );
  });

  it('error: a stale nonce → 401', async () => {
    const nonce = nowNonce() - 60_000_000_000n; // a minute old, window is 4 s + 12 s
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 }, nonce });
    await expectRejected(
      await sendPrepared(axon, prepared),
      statusOf('AXON_NONCE_STALE'),
      /Nonce is too old/,
    );
  });

  it('error: a stale nonce cannot be revived with a large timeout header → 401', async () => {
    const nonce = nowNonce() - 600_000_000_000n;
    const prepared = await request(axon, {
      synapse: Dummy,
      input: { dummy_input: 3 },
      nonce,
      timeout: 10_000,
    });
    await expectRejected(await sendPrepared(axon, prepared), 401, /Nonce is too old/);
  });

  it('error: an unregistered hotkey → 403', async () => {
    const prepared = await request(axon, {
      synapse: Dummy,
      input: { dummy_input: 3 },
      signer: keys.unregistered(),
    });
    await expectRejected(
      await sendPrepared(axon, prepared),
      statusOf('AXON_NOT_REGISTERED'),
      /not registered/,
    );
  });

  it('error: a hotkey without validator permit → 403', async () => {
    const prepared = await request(axon, {
      synapse: Dummy,
      input: { dummy_input: 3 },
      signer: keys.noPermit(),
    });
    await expectRejected(await sendPrepared(axon, prepared), 403, /no validator permit/);
  });

  it('error: a hotkey below the minimum stake → 403', async () => {
    const prepared = await request(axon, {
      synapse: Dummy,
      input: { dummy_input: 3 },
      signer: keys.lowStake(),
    });
    await expectRejected(await sendPrepared(axon, prepared), 403, /stake 1 < 10/);
  });

  it('error: an oversized body → 413', async () => {
    const prepared = await request(axon, { synapse: Echo, input: { text: 'x'.repeat(100 * 1024) } });
    await expectRejected(
      await sendPrepared(axon, prepared),
      statusOf('AXON_BODY_TOO_LARGE'),
      /exceeds the limit/,
    );
  });

  it('error: an unknown route → 404 with the available synapses', async () => {
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 } });
    await expectRejected(
      await send(axon, '/Nope', prepared.headers, prepared.body),
      404,
      /Synapse name 'Nope' not found\. Available synapses \["Dummy","Echo"\]/,
    );
  });

  it('error: malformed headers → 400', async () => {
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 } });
    for (const [name, value] of [
      ['bt_header_dendrite_nonce', 'twelve'],
      ['timeout', 'soon'],
      ['bt_header_dendrite_signature', '0xnothex'],
      ['computed_body_hash', 'abc'],
      ['bt_header_input_obj_dummy_input', '%%%'],
    ]) {
      await expectRejected(
        await send(axon, prepared.path, { ...prepared.headers, [name]: value }, prepared.body),
        400,
      );
    }
  });

  it('error: missing nonce, hotkey, uuid or body hash → 401', async () => {
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 } });
    for (const name of [
      'bt_header_dendrite_nonce',
      'bt_header_dendrite_hotkey',
      'bt_header_dendrite_uuid',
      'computed_body_hash',
    ]) {
      const { [name]: _, ...headers } = prepared.headers;
      await expectRejected(await send(axon, prepared.path, headers, prepared.body), 401, /Missing/);
    }
  });

  it('error: a body that is not the synapse request → 422, not JSON → 400', async () => {
    const prepared = await request(axon, { synapse: Dummy, input: { dummy_input: 3 } });
    const body = prepared.body.replace('"dummy_input":3', '"dummy_input":"three"');
    expect(body).not.toBe(prepared.body);
    await expectRejected(await send(axon, prepared.path, prepared.headers, body), 422);
    const again = await request(axon, { synapse: Dummy, input: { dummy_input: 3 } });
    await expectRejected(await send(axon, again.path, again.headers, '{"dummy_input":3'), 400);
  });

  it('behavior: every rejection is counted by reason in /metrics', async () => {
    const response = await fetch(`http://127.0.0.1:${axon.target.port}/metrics`);
    const text = await response.text();
    for (const reason of [
      'AXON_SIGNATURE_INVALID',
      'AXON_NONCE_REPLAY',
      'AXON_NONCE_STALE',
      'AXON_NOT_REGISTERED',
      'AXON_NO_VALIDATOR_PERMIT',
      'AXON_STAKE_TOO_LOW',
      'AXON_BODY_TOO_LARGE',
      'AXON_ROUTE_UNKNOWN',
      'AXON_HEADERS_MALFORMED',
      'AXON_BODY_HASH_MISMATCH',
    ]) {
      expect(text).toContain(`axon_rejections_total{reason="${reason}"}`);
    }
    expect(text).toMatch(/axon_requests_total\{synapse="Dummy",status="200"\} \d+/);
    expect(text).toContain('axon_request_duration_seconds_bucket');
  });
});
