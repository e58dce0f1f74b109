import { sr25519Sign } from '@polkadot/util-crypto';
import { bench, describe } from 'vitest';
import { z } from 'zod';
import { defineSynapse } from '../protocol/define-synapse.js';
import { prepareRequest } from '../protocol/prepare-request.js';
import { cryptoReady } from '../wallet/crypto-ready.js';
import { createKeypair } from '../wallet/keypair.js';
import { signMessage } from '../wallet/sign-message.js';
import { createSigner } from '../wallet/signer.js';
import { verifySignature } from '../wallet/verify-signature.js';

// Run: npx vitest bench sdk/src/dendrite/dendrite.bench.ts
await cryptoReady();
const alice = createKeypair({ uri: '//Alice' });
const signer = createSigner(alice);
const Echo = defineSynapse({
  name: 'Echo',
  request: { text: z.string(), n: z.int() },
  response: { echoed: z.string().nullable().default(null) },
});
const axon = { ip: '127.0.0.1', port: 8091, hotkey: createKeypair({ uri: '//Bob' }).address };
const message = `1700000000123456789.${alice.address}.${axon.hotkey}.5ecbd69c-1cec-11ee-b0dc-e29ce36fec1a.${'a'.repeat(64)}`;
const signature = signMessage(alice, message);
let nonce = 1_700_000_000_000_000_000n;

describe('dendrite signing', () => {
  bench('signMessage (sr25519, WASM)', () => {
    signMessage(alice, message);
  });
  bench('reference: sr25519Sign (util-crypto pure JS, no WASM)', () => {
    sr25519Sign(message, { publicKey: alice.publicKey, secretKey: alice.secretKey as Uint8Array });
  });
  bench('verifySignature (sr25519, WASM)', () => {
    verifySignature({ message, signature, signer: alice.address });
  });
  bench('prepareRequest (validate, hash, sign, headers, body)', async () => {
    await prepareRequest({
      synapse: Echo,
      input: { text: 'hello world', n: 3 },
      signer,
      axon,
      nonce: nonce++,
      uuid: 'u',
      timeout: 12,
    });
  });
});
