import { Keyring } from '@polkadot/keyring';
import { TypeRegistry } from '@polkadot/types';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { convertWeightsAndUidsForEmit } from './convert-weights-and-uids-for-emit.js';
import { generateWeightHash } from './generate-weight-hash.js';
import { normalizeMaxWeight } from './normalize-max-weight.js';
import { processWeights } from './process-weights.js';
import vectors from './weights.vectors.json' with { type: 'json' };

// weights.vectors.json: outputs of Bittensor's weight_utils.py functions (normalize_max_weight, process_weights,
// convert_weights_and_uids_for_emit) run offline with numpy 2.4 on the inputs below.

const close = (actual: ArrayLike<number>, expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i], 6);
};

describe('normalizeMaxWeight', () => {
  test('default: matches Bittensor on clipped and unclipped inputs', () => {
    close(normalizeMaxWeight([1, 1, 8], { limit: 0.5 }), vectors.nmw_a);
    close(
      normalizeMaxWeight([0.1, 0.2, 0.3, 0.4, 5.0, 0.05, 0.05, 0.9, 0.0, 2.0], { limit: 0.2 }),
      vectors.nmw_b,
    );
    close(normalizeMaxWeight([1, 2, 3], { limit: 0.9 }), vectors.nmw_c);
  });
  test('behavior: all zero gives uniform', () => {
    close(normalizeMaxWeight([0, 0, 0, 0], { limit: 0.5 }), vectors.nmw_zero);
  });
});

describe('processWeights + convertWeightsAndUidsForEmit', () => {
  const input = [0.1, 0, 0.5, 0.4, 0.9, 0.02, 0.3, 0.0];
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const cases = [
    [
      'pw_normal',
      { uids: range(8), weights: input, numNeurons: 8, minAllowedWeights: 2, maxWeightLimit: 0.3 },
    ],
    [
      'pw_quantile',
      {
        uids: range(8),
        weights: input,
        numNeurons: 8,
        minAllowedWeights: 2,
        maxWeightLimit: 0.5,
        excludeQuantile: 30000,
      },
    ],
    [
      'pw_few',
      {
        uids: range(6),
        weights: [0, 0.7, 0, 0, 0.3, 0],
        numNeurons: 6,
        minAllowedWeights: 4,
        maxWeightLimit: 0.5,
      },
    ],
    [
      'pw_none',
      { uids: range(5), weights: [0, 0, 0, 0, 0], numNeurons: 5, minAllowedWeights: 1, maxWeightLimit: 0.5 },
    ],
  ] as const;
  for (const [name, parameters] of cases) {
    test(`args: ${name} gives Bittensor's uids, weights and u16 emission`, () => {
      const expected = vectors[name];
      const { uids, weights } = processWeights(parameters);
      expect([...uids]).toEqual(expected.uids);
      close(weights, expected.weights);
      expect(convertWeightsAndUidsForEmit({ uids, weights })).toEqual(expected.emit);
    });
  }

  test('behavior: max-upscale rounds half to even and drops zeros', () => {
    const [uids, weights] = vectors.emit_half;
    expect(convertWeightsAndUidsForEmit({ uids: [0, 1, 2, 3], weights: [1, 0.5, 0.25, 0] })).toEqual({
      uids,
      weights,
    });
    expect(convertWeightsAndUidsForEmit({ uids: [0, 1], weights: [0, 0] })).toEqual({
      uids: [],
      weights: [],
    });
  });

  test('error: negative weight, length mismatch, duplicate uid', () => {
    expect(() => convertWeightsAndUidsForEmit({ uids: [0], weights: [-1] })).toThrowError(/negative/);
    expect(() => convertWeightsAndUidsForEmit({ uids: [0, 1], weights: [1] })).toThrowError(/same length/);
    expect(() => convertWeightsAndUidsForEmit({ uids: [1, 1], weights: [1, 1] })).toThrowError(/twice/);
  });
});

describe('generateWeightHash', () => {
  beforeAll(cryptoWaitReady);

  test('default: equals blake2-256 of the SCALE tuple (AccountId, u16, Vec<u16>, Vec<u16>, Vec<u16>, u64) as the pallet hashes it', () => {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const registry = new TypeRegistry();
    const uids = Array.from({ length: 70 }, (_, i) => i); // > 63 entries: two-byte compact length
    const values = uids.map((u) => (u * 937) % 65536);
    const salt = [1, 2, 3, 4, 5, 6, 7, 8];
    const netuid = 3;
    const mechid = 1;
    const versionKey = 10_002_000n;
    const encoded = registry
      .createType('(AccountId32, u16, Vec<u16>, Vec<u16>, Vec<u16>, u64)', [
        alice.publicKey,
        mechid * 4096 + netuid,
        uids,
        values,
        salt,
        versionKey,
      ])
      .toU8a();
    expect(
      generateWeightHash({ hotkey: alice.address, netuid, mechid, uids, values, salt, versionKey }),
    ).toBe(blake2AsHex(encoded, 256));
  });

  test('error: values outside u16', () => {
    expect(() =>
      generateWeightHash({
        hotkey: new Uint8Array(32),
        netuid: 1,
        uids: [70000],
        values: [1],
        salt: [],
        versionKey: 0,
      }),
    ).toThrowError(/u16/);
  });
});
