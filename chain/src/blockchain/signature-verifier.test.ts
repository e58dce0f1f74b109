import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtrinsicSignature } from '../frame/extrinsic.js';
import { createWorkerVerifier, type SignatureJob, type SignatureVerifier } from './signature-verifier.js';

const SCHEMES = [
  ['Sr25519', 'sr25519'],
  ['Ed25519', 'ed25519'],
  ['Ecdsa', 'ecdsa'],
] as const satisfies readonly (readonly [ExtrinsicSignature['scheme'], string])[];
const message = new TextEncoder().encode('subnetkit: signatures are checked off the event loop');
let jobs: Record<ExtrinsicSignature['scheme'], SignatureJob>;
let verifier: SignatureVerifier;

beforeAll(async () => {
  await cryptoWaitReady();
  jobs = Object.fromEntries(
    SCHEMES.map(([scheme, type]) => {
      const pair = new Keyring({ type }).addFromUri('//Verifier');
      return [scheme, { scheme, message, signature: pair.sign(message), signer: pair.publicKey }];
    }),
  ) as typeof jobs;
  verifier = await createWorkerVerifier({ threads: 2 });
});
afterAll(async () => {
  await verifier?.close();
});

describe('createWorkerVerifier', () => {
  for (const [scheme] of SCHEMES) {
    it(`default: a valid ${scheme} signature verifies in a worker thread`, async () => {
      expect(await verifier.verify(jobs[scheme])).toBe(true);
    });

    it(`error: a ${scheme} signature over another message, or with a corrupted byte, is false`, async () => {
      const job = jobs[scheme];
      const corrupted = job.signature.slice();
      corrupted[10]! ^= 1;
      expect(await verifier.verify({ ...job, message: message.subarray(1) })).toBe(false);
      expect(await verifier.verify({ ...job, signature: corrupted })).toBe(false);
    });
  }

  it('behavior: 300 jobs at once (several batches over both threads) each get their own answer', async () => {
    const batch = Array.from({ length: 300 }, (_, i) => {
      const job = jobs[SCHEMES[i % SCHEMES.length]![0]];
      return i % 2 === 0 ? job : { ...job, message: message.subarray(i % 7) };
    });
    const results = await Promise.all(batch.map((job) => verifier.verify(job)));
    expect(results).toEqual(batch.map((_, i) => i % 2 === 0 || i % 7 === 0));
  });
});
