/**
 * Interop with Bittensor's Python dendrite: a request laid out byte for byte as
 * `Dendrite.preprocess_synapse_for_request` + `Synapse.to_headers()` + aiohttp `json=model_dump()` build
 * it (bittensor-wire-protocol.md §3–5, §12) is accepted, and the answer carries what
 * `process_server_response` reads.
 */
import { verifyAxonResponse } from '@subnetkit/miner';
import { EMPTY_BODY_HASH } from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys, nowNonce, send, startAxon, type TestAxon } from './axon-fixture.js';

let axon: TestAxon;
beforeAll(async () => {
  axon = await startAxon();
});
afterAll(async () => {
  await axon.close();
});

/** Python's json.dumps separators (", " and ": "), as aiohttp's `json=` sends. */
function pythonDumps(value: unknown): string {
  return JSON.stringify(value).replace(/","/g, '", "').replace(/":/g, '": ').replace(/,"/g, ', "');
}

describe('axon interop with the Python dendrite', () => {
  it('default: a request built as bittensor 10.2.0 builds it is served, and the response parses as Python parses it', async () => {
    const validator = keys.validator();
    const nonce = nowNonce();
    const uuid = '5f0c8e2a-a8b1-11f0-9c4e-0242ac120002'; // uuid.uuid1()
    const axonHotkey = axon.miner.address;
    // Dummy has no required_hash_fields: the body hash is sha3_256("").
    const message = `${nonce}.${validator.address}.${axonHotkey}.${uuid}.${EMPTY_BODY_HASH}`;
    const signature = `0x${Buffer.from(await validator.sign(new TextEncoder().encode(message))).toString('hex')}`;
    const terminal = (fields: Record<string, unknown>) => ({
      status_code: null,
      status_message: null,
      process_time: null,
      ip: null,
      port: null,
      version: null,
      nonce: null,
      uuid: null,
      hotkey: null,
      signature: null,
      ...fields,
    });
    const body = pythonDumps({
      name: 'Dummy',
      timeout: 12.0,
      total_size: 3130,
      header_size: 0,
      dendrite: terminal({
        ip: '203.0.113.7',
        version: 10002000,
        nonce: 0,
        uuid,
        hotkey: validator.address,
        signature,
      }),
      axon: terminal({ ip: '127.0.0.1', port: axon.target.port, hotkey: axonHotkey }),
      computed_body_hash: '',
      dummy_input: 7,
      dummy_output: null,
    }).replace('"nonce": 0', `"nonce": ${nonce}`);
    expect(body).toContain('"dummy_input": 7');
    // Synapse.to_headers() order and str() values.
    const headers: Record<string, string> = {
      name: 'Dummy',
      timeout: '12.0',
      bt_header_axon_ip: '127.0.0.1',
      bt_header_axon_port: String(axon.target.port),
      bt_header_axon_hotkey: axonHotkey,
      bt_header_dendrite_ip: '203.0.113.7',
      bt_header_dendrite_version: '10002000',
      bt_header_dendrite_nonce: String(nonce),
      bt_header_dendrite_uuid: uuid,
      bt_header_dendrite_hotkey: validator.address,
      bt_header_dendrite_signature: signature,
      bt_header_input_obj_dummy_input: 'MA==', // base64(json.dumps(int()))
      header_size: '640',
      total_size: '3130',
      computed_body_hash: EMPTY_BODY_HASH,
    };
    const response = await send(axon, '/Dummy', headers, body);
    expect(response.status, response.body).toBe(200);
    expect(axon.calls.count).toBe(1);

    // Body: Dummy(**json_response) must work — every base field plus the filled response field.
    const json = response.json;
    expect(json.dummy_output).toBe(14);
    expect(json.dummy_input).toBe(7);
    for (const field of [
      'name',
      'timeout',
      'total_size',
      'header_size',
      'dendrite',
      'axon',
      'computed_body_hash',
    ])
      expect(json).toHaveProperty(field);
    expect(json.name).toBe('Dummy');
    expect(json.axon.status_code).toBe(200);
    expect(json.axon.status_message).toBe('Success');

    // Headers: TerminalInfo(**{bt_header_axon_*}) must validate — ints are ints, floats are floats.
    const h = response.headers;
    expect(h.bt_header_axon_status_code).toBe('200');
    expect(h.bt_header_axon_status_message).toBe('Success');
    expect(h.bt_header_axon_process_time).toMatch(/^\d+(\.\d+)?(e-?\d+)?$/);
    expect(h.bt_header_axon_port).toMatch(/^\d+$/);
    expect(h.bt_header_axon_version).toMatch(/^\d+$/);
    expect(h.bt_header_axon_nonce).toMatch(/^\d+$/);
    expect(h.bt_header_axon_hotkey).toBe(axonHotkey);
    expect(h.bt_header_dendrite_nonce).toBe(String(nonce));
    expect(h.bt_header_dendrite_uuid).toBe(uuid);
    expect(h.bt_header_dendrite_hotkey).toBe(validator.address);
    expect(h.name).toBe('Dummy');
    // The axon's signature covers the body and the request nonce.
    expect(
      verifyAxonResponse({ headers: h, body: response.body, axonHotkey, dendriteHotkey: validator.address }),
    ).toBe(true);
    expect(
      verifyAxonResponse({
        headers: h,
        body: response.body.replace('14', '15'),
        axonHotkey,
        dendriteHotkey: validator.address,
      }),
    ).toBe(false);
  });

  it('error: an error answer has the Python error shape: { message } and bt_header_axon_status_code', async () => {
    const response = await send(axon, '/Dummy', { name: 'Dummy', timeout: '12.0' }, '{}');
    expect(response.status).toBe(401);
    expect(Object.keys(response.json)).toEqual(['message']);
    expect(response.json.message).toMatch(/^Not Verified with error: Missing signature/);
    expect(response.headers.bt_header_axon_status_code).toBe('401');
    expect(response.headers.bt_header_axon_status_message).toBe(response.json.message);
    expect(axon.calls.count).toBe(1);
  });
});
