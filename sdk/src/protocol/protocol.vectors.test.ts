import { Keyring } from '@polkadot/keyring';
import { u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { sr25519Sign, sr25519Verify } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { cryptoReady } from '../wallet/crypto-ready.js';
import { createKeypair } from '../wallet/keypair.js';
import { createSigner } from '../wallet/signer.js';
import { verifySignature } from '../wallet/verify-signature.js';
import { computeBodyHash, EMPTY_BODY_HASH } from './body-hash.js';
import { defineSynapse } from './define-synapse.js';
import { createNonceWindow } from './nonce-window.js';
import { prepareRequest } from './prepare-request.js';
import { signingMessage } from './signing-message.js';
import { parseSynapseHeaders } from './synapse-headers.js';
import { verifyRequest } from './verify-request.js';

const NONCE = 1_700_000_000_123_456_789n;
const UUID = '5ecbd69c-1cec-11ee-b0dc-e29ce36fec1a';
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

// The subnet template's Dummy synapse: no hash fields, like most Python subnets.
const Dummy = defineSynapse({
  name: 'Dummy',
  request: { dummy_input: z.int() },
  response: { dummy_output: z.int().nullable().default(null) },
  hashFields: [],
});

// A synapse that hashes every request field (our default).
const Rich = defineSynapse({
  name: 'Rich',
  request: {
    text: z.string(),
    n: z.int(),
    temperature: z.number(),
    scores: z.array(z.number()),
    meta: z.record(z.string(), z.unknown()),
    flags: z.array(z.boolean()),
    ratio: z.number(),
  },
  response: { completion: z.string().nullable().default(null) },
});
const RICH_INPUT = {
  text: "héllo 'world'\n",
  n: 3,
  temperature: 0.7,
  scores: [0.1, 1, 1e-5, 2.5e16, -0],
  meta: { a: 1, b: true, c: null, "it's": 'x"y', tab: '\t\u0001' },
  flags: [true, false],
  ratio: 2,
};
// hashlib.sha3_256 over CPython str() of each field, computed offline.
const RICH_BODY_HASH = 'a24108ed9923921ea31efce2c66cae59bb27f777e27a7e3eaa0aad54e358be8b';

const axon = { ip: '10.0.0.2', port: 8091, hotkey: BOB };
let signer: ReturnType<typeof createSigner>;
beforeAll(async () => {
  await cryptoReady();
  signer = createSigner(createKeypair({ uri: '//Alice' }));
});

describe('protocol vectors', () => {
  test('default: Dummy request has the documented header set, body hash and signing message', async () => {
    const request = await prepareRequest({
      synapse: Dummy,
      input: { dummy_input: 7 },
      signer,
      axon,
      nonce: NONCE,
      uuid: UUID,
      timeout: 12,
      dendriteIp: '10.0.0.1',
    });
    expect(request.url).toBe('http://10.0.0.2:8091/Dummy');
    expect(request.bodyHash).toBe(EMPTY_BODY_HASH);
    expect(request.message).toBe(`1700000000123456789.${ALICE}.${BOB}.${UUID}.${EMPTY_BODY_HASH}`);
    expect(Object.keys(request.headers)).toEqual([
      'name',
      'timeout',
      'bt_header_axon_ip',
      'bt_header_axon_port',
      'bt_header_axon_hotkey',
      'bt_header_dendrite_ip',
      'bt_header_dendrite_version',
      'bt_header_dendrite_nonce',
      'bt_header_dendrite_uuid',
      'bt_header_dendrite_hotkey',
      'bt_header_dendrite_signature',
      'bt_header_input_obj_dummy_input',
      'header_size',
      'total_size',
      'computed_body_hash',
    ]);
    const { header_size, total_size, bt_header_dendrite_signature, ...fixed } = request.headers;
    expect(fixed).toEqual({
      name: 'Dummy',
      timeout: '12.0',
      bt_header_axon_ip: '10.0.0.2',
      bt_header_axon_port: '8091',
      bt_header_axon_hotkey: BOB,
      bt_header_dendrite_ip: '10.0.0.1',
      bt_header_dendrite_version: '10002000',
      bt_header_dendrite_nonce: '1700000000123456789',
      bt_header_dendrite_uuid: UUID,
      bt_header_dendrite_hotkey: ALICE,
      bt_header_input_obj_dummy_input: 'MA==',
      computed_body_hash: EMPTY_BODY_HASH,
    });
    expect(bt_header_dendrite_signature).toMatch(/^0x[0-9a-f]{128}$/);
    expect(Number(header_size)).toBeGreaterThan(0);
    expect(Number(total_size)).toBe(Buffer.byteLength(request.body));
    const body = JSON.parse(request.body);
    expect(Object.keys(body)).toEqual([
      'name',
      'timeout',
      'total_size',
      'header_size',
      'dendrite',
      'axon',
      'computed_body_hash',
      'dummy_input',
      'dummy_output',
    ]);
    expect(body.dendrite.signature).toBe(bt_header_dendrite_signature);
    expect(request.body).toContain('"nonce":1700000000123456789');
    expect(body.axon).toEqual({
      status_code: null,
      status_message: null,
      process_time: null,
      ip: '10.0.0.2',
      port: 8091,
      version: null,
      nonce: null,
      uuid: null,
      hotkey: BOB,
      signature: null,
    });
  });

  test('behavior: body hash renders hash fields with Python str() (CPython vector)', async () => {
    expect(computeBodyHash(Rich, RICH_INPUT)).toBe(RICH_BODY_HASH);
    const request = await prepareRequest({
      synapse: Rich,
      input: RICH_INPUT,
      signer,
      axon,
      nonce: NONCE,
      uuid: UUID,
      timeout: 1.5,
    });
    expect(request.headers.computed_body_hash).toBe(RICH_BODY_HASH);
    expect(request.headers.timeout).toBe('1.5');
    expect(request.headers.bt_header_input_obj_temperature).toBe(Buffer.from('0.0').toString('base64'));
    expect(request.headers.bt_header_input_obj_text).toBe('IiI=');
    expect(request.headers.bt_header_input_obj_scores).toBe('W10=');
    expect(request.headers.bt_header_input_obj_meta).toBe('e30=');
    expect(request.headers.bt_header_input_obj_completion).toBeUndefined();
    const parsed = parseSynapseHeaders(request.headers);
    expect(parsed.dendrite.nonce).toBe(NONCE);
    expect(parsed.axon.port).toBe(8091);
    expect(parsed.inputObj.n).toBe(0);
  });

  test('behavior: a util-crypto signature verifies under the documented message and fails for any changed byte', () => {
    const alice = createKeypair({ uri: '//Alice' });
    const message = new TextEncoder().encode(
      signingMessage({
        nonce: NONCE,
        dendriteHotkey: ALICE,
        axonHotkey: BOB,
        uuid: UUID,
        bodyHash: RICH_BODY_HASH,
      }),
    );
    const signature = sr25519Sign(message, { publicKey: alice.publicKey, secretKey: alice.secretKey! });
    expect(verifySignature({ message, signature, signer: ALICE })).toBe(true);
    for (let i = 0; i < message.length; i++) {
      const changed = message.slice();
      changed[i] ^= 0x01;
      expect(verifySignature({ message: changed, signature, signer: ALICE })).toBe(false);
    }
    for (let i = 0; i < signature.length; i++) {
      const changed = signature.slice();
      changed[i] ^= 0x01;
      expect(verifySignature({ message, signature: changed, signer: ALICE })).toBe(false);
    }
  });

  test('behavior: our dendrite signature verifies with util-crypto (pure JS) too', async () => {
    const request = await prepareRequest({
      synapse: Dummy,
      input: { dummy_input: 1 },
      signer,
      axon,
      nonce: NONCE,
      uuid: UUID,
      timeout: 12,
    });
    const pub = createKeypair({ uri: '//Alice' }).publicKey;
    expect(sr25519Verify(request.message, request.signature, pub)).toBe(true);
  });

  test('behavior: the <Bytes>-wrapped variant (polkadot-js signRaw) is accepted by verifyRequest', async () => {
    const pair = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const wrappingSigner = {
      address: pair.address,
      publicKey: pair.publicKey,
      sign: (m: Uint8Array) => pair.sign(u8aWrapBytes(m)),
    };
    const request = await prepareRequest({
      synapse: Rich,
      input: RICH_INPUT,
      signer: wrappingSigner,
      axon,
      nonce: NONCE,
      uuid: UUID,
      timeout: 12,
    });
    const result = verifyRequest({
      synapse: Rich,
      headers: request.headers,
      body: request.body,
      axonHotkey: BOB,
      nonces: createNonceWindow(),
      nowNs: NONCE,
    });
    expect(result.ok).toBe(true);
    expect(u8aToHex(pair.publicKey)).toBe(u8aToHex(signer.publicKey));
  });
});
