import { describe, expect, it } from 'vitest';
import { loadQuicknetVectors } from '../test-vectors/load.js';
import { beaconKeyFromSeed } from './beacon-key.js';
import { QUICKNET } from './quicknet.js';
import { timelockDecrypt } from './timelock-decrypt.js';
import { timelockEncrypt } from './timelock-encrypt.js';
import { decodeTleCiphertext, encodeTleCiphertext } from './tle-ciphertext.js';

const vectors = loadQuicknetVectors();
const [p1000, p1001] = vectors.pulses;
const plaintext = new TextEncoder().encode('weights for round 1000');

describe('timelockDecrypt', () => {
  it('default: a ciphertext made by the Rust tle crate (bittensor-drand) decrypts with quicknet round 1000', () => {
    const { ciphertext, round } = vectors.tleCiphertext;
    expect(round).toBe(1000n);
    expect(timelockDecrypt(ciphertext, p1000!.signature)).toEqual({
      ok: true,
      plaintext: vectors.tleCiphertext.plaintext,
    });
  });

  it('default: ours to round 1000 under the quicknet key decrypts with the real signature of round 1000', () => {
    const ct = timelockEncrypt({ plaintext, round: 1000n, publicKey: QUICKNET.publicKey });
    expect(timelockDecrypt(ct, p1000!.signature)).toEqual({ ok: true, plaintext });
  });

  it('error: the signature of round 1001 fails cleanly, on ours and on Rust-made ciphertexts', () => {
    const ct = timelockEncrypt({ plaintext, round: 1000n, publicKey: QUICKNET.publicKey });
    expect(timelockDecrypt(ct, p1001!.signature)).toEqual({ ok: false, reason: 'wrong-signature' });
    expect(timelockDecrypt(vectors.tleCiphertext.ciphertext, p1001!.signature)).toEqual({
      ok: false,
      reason: 'wrong-signature',
    });
  });

  it('behavior: the layout round-trips byte for byte and has the sizes docs/drand.md gives', () => {
    const { ciphertext, plaintext: payload } = vectors.tleCiphertext;
    const fields = decodeTleCiphertext(ciphertext);
    expect(fields && encodeTleCiphertext(fields)).toEqual(ciphertext);
    expect(new TextDecoder().decode(fields?.cipherSuite)).toBe('AES_GCM_');
    expect([fields?.u.length, fields?.v.length, fields?.w.length, fields?.nonce.length]).toEqual([
      96, 32, 32, 12,
    ]);
    expect(ciphertext.length).toBe(244 + payload.length);
    const ours = timelockEncrypt({ plaintext: payload, round: 1000n, publicKey: QUICKNET.publicKey });
    expect(ours.length).toBe(ciphertext.length);
  });

  it('error: truncated, tampered and nonsense inputs are refused with a reason, never thrown', () => {
    const ct = timelockEncrypt({ plaintext, round: 1000n, publicKey: QUICKNET.publicKey });
    expect(timelockDecrypt(ct.subarray(0, 200), p1000!.signature)).toEqual({
      ok: false,
      reason: 'malformed-ciphertext',
    });
    expect(timelockDecrypt(new Uint8Array(300), p1000!.signature).ok).toBe(false);
    expect(timelockDecrypt(ct, new Uint8Array(48))).toEqual({ ok: false, reason: 'malformed-signature' });
    const body = ct.slice();
    body[96 + 40 + 40 + 8 + 8]! ^= 1; // first byte of the AES ciphertext
    expect(timelockDecrypt(body, p1000!.signature)).toEqual({ ok: false, reason: 'body-rejected' });
    const header = ct.slice();
    header[96 + 8]! ^= 1; // first byte of V
    expect(timelockDecrypt(header, p1000!.signature)).toEqual({ ok: false, reason: 'wrong-signature' });
  });

  it('behavior: a seeded beacon decrypts what is encrypted to its key, for the round it signed', () => {
    const beacon = beaconKeyFromSeed('subnetkit devnet drand');
    const ct = timelockEncrypt({ plaintext, round: 5n, publicKey: beacon.publicKey });
    expect(timelockDecrypt(ct, beacon.sign(5n))).toEqual({ ok: true, plaintext });
    expect(timelockDecrypt(ct, beacon.sign(6n)).ok).toBe(false);
  });

  it('error: an invalid public key is a DRAND_INVALID_PUBLIC_KEY', () => {
    expect(() => timelockEncrypt({ plaintext, round: 1n, publicKey: new Uint8Array(96) })).toThrow(
      expect.objectContaining({ code: 'DRAND_INVALID_PUBLIC_KEY' }),
    );
  });
});
