import { readFileSync } from 'node:fs';
import { hexToU8a } from '@polkadot/util';

/** Real drand quicknet data and a Rust-made ciphertext (origins in quicknet.json's `_origin`). */
export type QuicknetVectors = {
  publicKey: Uint8Array;
  pulses: { round: bigint; signature: Uint8Array; randomness?: Uint8Array }[];
  tleCiphertext: { plaintext: Uint8Array; round: bigint; ciphertext: Uint8Array };
};

type Raw = {
  publicKey: string;
  pulses: { round: number; signature: string; randomness?: string }[];
  tleCiphertext: { plaintext: string; round: number; ciphertext: string };
};

/** Loads test-vectors/quicknet.json. */
export function loadQuicknetVectors(): QuicknetVectors {
  const raw: Raw = JSON.parse(readFileSync(new URL('./quicknet.json', import.meta.url), 'utf8'));
  return {
    publicKey: hexToU8a(raw.publicKey),
    pulses: raw.pulses.map((p) => ({
      round: BigInt(p.round),
      signature: hexToU8a(p.signature),
      ...(p.randomness ? { randomness: hexToU8a(p.randomness) } : {}),
    })),
    tleCiphertext: {
      plaintext: hexToU8a(raw.tleCiphertext.plaintext),
      round: BigInt(raw.tleCiphertext.round),
      ciphertext: hexToU8a(raw.tleCiphertext.ciphertext),
    },
  };
}
