import { sha256 } from '@noble/hashes/sha2';
import { describe, expect, it } from 'vitest';
import { loadQuicknetVectors } from '../test-vectors/load.js';
import { beaconKeyFromSeed } from './beacon-key.js';
import { QUICKNET } from './quicknet.js';
import { verifyPulse } from './verify-pulse.js';

const vectors = loadQuicknetVectors();

describe('verifyPulse', () => {
  it('default: quicknet rounds 1000-1003 verify against the published public key', () => {
    for (const pulse of vectors.pulses)
      expect(verifyPulse(pulse, QUICKNET.publicKey), `${pulse.round}`).toBe(true);
  });

  it('default: the randomness drand publishes is sha256 of the signature', () => {
    const [first] = vectors.pulses;
    expect(sha256(first!.signature)).toEqual(first!.randomness);
  });

  it('error: a signature under another round, a tampered byte or another key does not verify', () => {
    const [p1000, p1001] = vectors.pulses;
    expect(verifyPulse({ round: 1000n, signature: p1001!.signature }, QUICKNET.publicKey)).toBe(false);
    const tampered = p1000!.signature.slice();
    tampered[47]! ^= 1;
    expect(verifyPulse({ round: 1000n, signature: tampered }, QUICKNET.publicKey)).toBe(false);
    expect(verifyPulse(p1000!, beaconKeyFromSeed('other').publicKey)).toBe(false);
    expect(verifyPulse({ round: 1000n, signature: new Uint8Array(48) }, QUICKNET.publicKey)).toBe(false);
    expect(verifyPulse(p1000!, new Uint8Array(96))).toBe(false);
  });

  it('behavior: a seeded beacon key signs rounds that verify under its own key only', () => {
    const beacon = beaconKeyFromSeed('subnetkit devnet drand');
    expect(verifyPulse({ round: 7n, signature: beacon.sign(7n) }, beacon.publicKey)).toBe(true);
    expect(verifyPulse({ round: 8n, signature: beacon.sign(7n) }, beacon.publicKey)).toBe(false);
    expect(verifyPulse({ round: 7n, signature: beacon.sign(7n) }, QUICKNET.publicKey)).toBe(false);
  });
});
