import { describe, expect, it } from 'vitest';
import { loadQuicknetVectors } from '../test-vectors/load.js';
import { decodeWeightsPayload, encodeWeightsPayload } from './weights-payload.js';

describe('WeightsTlockPayload', () => {
  const hotkey = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
  const payload = { hotkey, uids: [0, 1, 2], values: [65535, 1000, 7], versionKey: 42n };

  it('default: encodes as the bytes bittensor-drand encrypted in the Rust-made vector', () => {
    expect(encodeWeightsPayload(payload)).toEqual(loadQuicknetVectors().tleCiphertext.plaintext);
  });

  it('default: decodes what it encodes', () => {
    expect(decodeWeightsPayload(encodeWeightsPayload(payload))).toEqual(payload);
  });

  it('error: truncated bytes and out-of-range values', () => {
    const bytes = encodeWeightsPayload(payload);
    expect(decodeWeightsPayload(bytes.subarray(0, bytes.length - 1))).toBeUndefined();
    expect(decodeWeightsPayload(new Uint8Array([0xff]))).toBeUndefined();
    expect(() => encodeWeightsPayload({ ...payload, values: [65536, 0, 0] })).toThrow(
      expect.objectContaining({ code: 'DRAND_INVALID_PAYLOAD' }),
    );
  });
});
