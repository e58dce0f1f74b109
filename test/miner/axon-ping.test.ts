/**
 * Bittensor's ping, `POST /Synapse`, from an independent dendrite: the request is written here by hand from
 * the wire protocol (headers, SHA3-256 body hash, the signed `nonce.dendrite.axon.uuid.hash` message, an
 * sr25519 signature from @polkadot/keyring), not with the SDK's dendrite or request builder.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAxon, type TestAxon } from './axon-fixture.js';

let axon: TestAxon;
let keyring: Keyring;

beforeAll(async () => {
  await cryptoWaitReady();
  keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  axon = await startAxon();
});
afterAll(async () => axon?.close());

/** SHA3-256 of the concatenated per-field hashes; the base Synapse hashes no field. */
const EMPTY_BODY_HASH = createHash('sha3-256').update('').digest('hex');

let lastNonce = 0n;
function nonceNs(): bigint {
  const now = BigInt(Date.now()) * 1_000_000n;
  lastNonce = now > lastNonce ? now : lastNonce + 1n;
  return lastNonce;
}

/** A base-Synapse ping as a Python 10.x dendrite sends it: `model_dump()` body and `to_headers()` headers. */
function ping(options: { signer: KeyringPair; axonHotkey: string; sign?: KeyringPair | false }) {
  const nonce = nonceNs();
  const uuid = randomUUID();
  const body = JSON.stringify({
    name: 'Synapse',
    timeout: 12.0,
    total_size: 0,
    header_size: 0,
    dendrite: {
      status_code: null,
      ip: '127.0.0.1',
      version: 10002000,
      nonce: Number(nonce),
      uuid,
      hotkey: options.signer.address,
    },
    axon: { ip: '127.0.0.1', port: axon.target.port, hotkey: options.axonHotkey },
    computed_body_hash: '',
  });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    name: 'Synapse',
    timeout: '12.0',
    bt_header_dendrite_ip: '127.0.0.1',
    bt_header_dendrite_version: '10002000',
    bt_header_dendrite_nonce: String(nonce),
    bt_header_dendrite_uuid: uuid,
    bt_header_dendrite_hotkey: options.signer.address,
    bt_header_axon_ip: '127.0.0.1',
    bt_header_axon_port: String(axon.target.port),
    bt_header_axon_hotkey: options.axonHotkey,
    header_size: '640',
    total_size: '1920',
    computed_body_hash: EMPTY_BODY_HASH,
  };
  const message = `${nonce}.${options.signer.address}.${options.axonHotkey}.${uuid}.${EMPTY_BODY_HASH}`;
  const by = options.sign === undefined ? options.signer : options.sign;
  if (by !== false) {
    headers.bt_header_dendrite_signature = `0x${Buffer.from(by.sign(new TextEncoder().encode(message))).toString('hex')}`;
  }
  return { headers, body };
}

async function post(request: { headers: Record<string, string>; body: string }) {
  const res = await fetch(`http://127.0.0.1:${axon.target.port}/Synapse`, { method: 'POST', ...request });
  return { status: res.status, headers: Object.fromEntries(res.headers), json: await res.json() };
}

describe('axon ping (POST /Synapse) from an independent dendrite', () => {
  it("default: a signed ping gets 200 with the synapse and Bittensor's response headers, registered or not", async () => {
    for (const uri of ['//Alice', '//Dave']) {
      const signer = keyring.addFromUri(uri);
      const request = ping({ signer, axonHotkey: axon.miner.address });
      const res = await post(request);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(res.headers).toMatchObject({
        name: 'Synapse',
        bt_header_axon_status_code: '200',
        bt_header_axon_status_message: 'Success',
        bt_header_axon_hotkey: axon.miner.address,
        bt_header_dendrite_hotkey: signer.address,
        bt_header_dendrite_nonce: request.headers.bt_header_dendrite_nonce,
        bt_header_dendrite_uuid: request.headers.bt_header_dendrite_uuid,
      });
      expect(Number(res.headers.timeout)).toBe(12);
      expect(Number(res.headers.bt_header_axon_process_time)).toBeGreaterThanOrEqual(0);
      for (const header of [
        'bt_header_axon_ip',
        'bt_header_axon_port',
        'bt_header_axon_nonce',
        'bt_header_axon_uuid',
      ]) {
        expect(res.headers[header], header).toBeTruthy();
      }
      expect(res.json).toMatchObject({
        name: 'Synapse',
        axon: { status_code: 200, status_message: 'Success', hotkey: axon.miner.address },
        dendrite: { hotkey: signer.address },
        computed_body_hash: EMPTY_BODY_HASH,
      });
    }
    expect(axon.calls.count).toBe(0);
  });

  it('error: an unsigned ping is 401 Missing signature', async () => {
    const res = await post(
      ping({ signer: keyring.addFromUri('//Alice'), axonHotkey: axon.miner.address, sign: false }),
    );
    expect(res.status).toBe(401);
    expect(res.json.message).toMatch(/^Not Verified with error: Missing signature/);
    expect(res.headers.bt_header_axon_status_code).toBe('401');
  });

  it('error: forged pings are 401 — signed by another key, signed for another axon, replayed', async () => {
    const alice = keyring.addFromUri('//Alice');
    const forged = await post(
      ping({ signer: alice, axonHotkey: axon.miner.address, sign: keyring.addFromUri('//Dave') }),
    );
    expect(forged.status).toBe(401);
    expect(forged.json.message).toMatch(/Signature mismatch/);

    const other = keyring.addFromUri('//Eve').address;
    const elsewhere = ping({ signer: alice, axonHotkey: other });
    expect((await post(elsewhere)).status).toBe(401);
    // Rewriting the axon hotkey header does not help: the signature covers the other axon's hotkey.
    const rewritten = await post({
      ...elsewhere,
      headers: { ...elsewhere.headers, bt_header_axon_hotkey: axon.miner.address },
    });
    expect(rewritten.status).toBe(401);
    expect(rewritten.json.message).toMatch(/Signature mismatch/);

    const once = ping({ signer: alice, axonHotkey: axon.miner.address });
    expect((await post(once)).status).toBe(200);
    const replay = await post(once);
    expect(replay.status).toBe(401);
    expect(replay.json.message).toMatch(/Nonce is already used/);
  });
});
