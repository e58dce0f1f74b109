import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { cryptoReady } from '../wallet/crypto-ready.js';
import { createKeypair } from '../wallet/keypair.js';
import { createSigner, type Signer } from '../wallet/signer.js';
import { defineSynapse, type Synapse } from './define-synapse.js';
import { prepareRequest } from './prepare-request.js';

// python-sdk.vectors.json was captured offline from Bittensor 10.2.0's own `bittensor/core/synapse.py` (pydantic
// 2.13, CPython 3.11): for each case the Python dendrite's synapse (`cls(**input)`, timeout, dendrite and axon
// TerminalInfo set as in `preprocess_synapse_for_request`) gave `to_headers()` (before signing; header_size and
// total_size dropped, they are Python object sizes), `model_dump()` and `body_hash`. The Python classes were:
//   class Dummy(Synapse): dummy_input: int; dummy_output: Optional[int] = None
//   class Nested(BaseModel): xs: list[int]; w: float
//   class Rich(Synapse): text: str; n: int; temperature: float; scores: list[float]; meta: dict; flags: list[bool]
//     ratio: float; nested: Nested; completion: Optional[str] = None
//     required_hash_fields = ('text','n','temperature','scores','meta','flags','ratio','nested')
// The same run also checked the other direction: the Python classes rebuilt from our headers and body compute the
// same body hash and signing message.

const Dummy = defineSynapse({
  name: 'Dummy',
  request: { dummy_input: z.int() },
  response: { dummy_output: z.int().nullable().default(null) },
  hashFields: [],
});
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
    nested: z.object({ xs: z.array(z.int()), w: z.number() }),
  },
  response: { completion: z.string().nullable().default(null) },
});

type Case = {
  input: Record<string, unknown>;
  timeout: number;
  dendrite: { ip: string; version: number; uuid: string; hotkey: string };
  axon: { ip: string; port: number; hotkey: string };
  headers: Record<string, string>;
  model_dump: Record<string, unknown>;
  body_hash: string;
};

let signer: Signer;
let text: string;
let vectors: Record<'dummy' | 'rich', Case>;
beforeAll(async () => {
  await cryptoReady();
  signer = createSigner(createKeypair({ uri: '//Alice' }));
  text = await readFile(new URL('./python-sdk.vectors.json', import.meta.url), 'utf8');
  vectors = JSON.parse(text);
});

describe('Python SDK vectors (bittensor 10.2.0 Synapse)', () => {
  const cases: [name: 'dummy' | 'rich', synapse: Synapse][] = [
    ['dummy', Dummy],
    ['rich', Rich],
  ];
  for (const [name, synapse] of cases) {
    test(`default: ${name}: headers, body and body hash equal Python's`, async () => {
      const vector = vectors[name];
      // Nonces exceed 2^53: read them from the JSON text, not the parsed numbers.
      const nonce = BigInt(text.match(new RegExp(`"${name}"[\\s\\S]*?"nonce": (\\d+)`))?.[1] ?? '0');
      expect(signer.address).toBe(vector.dendrite.hotkey);
      const request = await prepareRequest({
        synapse,
        input: vector.input as never,
        signer,
        axon: vector.axon,
        nonce,
        uuid: vector.dendrite.uuid,
        timeout: vector.timeout,
        dendriteIp: vector.dendrite.ip,
        version: vector.dendrite.version,
      });
      expect(request.bodyHash).toBe(vector.body_hash);
      const {
        header_size: _h,
        total_size: _t,
        bt_header_dendrite_signature: signature,
        ...headers
      } = request.headers;
      expect(signature).toMatch(/^0x[0-9a-f]{128}$/);
      expect(Object.keys(headers)).toEqual(Object.keys(vector.headers));
      expect(headers).toEqual(vector.headers);
      const { header_size: _hs, total_size: _ts, ...body } = JSON.parse(request.body);
      body.dendrite.signature = null;
      expect(Object.keys(body)).toEqual(Object.keys(vector.model_dump));
      expect(body).toEqual(vector.model_dump);
    });
  }
});
