/**
 * The edges of the weight functions: both sides of every threshold and guard, each error by its code, and ties
 * where rounding half to even and half up disagree. weights.boundaries.vectors.json holds the outputs of Bittensor
 * 10.0.0's `weight_utils.py` (normalize_max_weight, process_weights, convert_weights_and_uids_for_emit) for the
 * inputs beside them, run offline with numpy 2.4.
 */
import { Keyring } from '@polkadot/keyring';
import { TypeRegistry } from '@polkadot/types';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { convertWeightsAndUidsForEmit } from './convert-weights-and-uids-for-emit.js';
import { type GenerateWeightHashParameters, generateWeightHash } from './generate-weight-hash.js';
import { normalizeMaxWeight } from './normalize-max-weight.js';
import { processWeights } from './process-weights.js';
import vectors from './weights.boundaries.vectors.json' with { type: 'json' };

const close = (actual: ArrayLike<number>, expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i], 6);
};

/** `run` throws the SDK error `code` with `shortMessage`. */
const expectSdkError = (run: () => unknown, code: string, shortMessage: string | RegExp) => {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toMatchObject({ name: 'SdkError', code });
  expect((thrown as { shortMessage: string }).shortMessage).toMatch(shortMessage);
};

describe('normalizeMaxWeight at its thresholds', () => {
  test('args: n · limit = 1 exactly gives the uniform fallback (the check is <=), bit for bit', () => {
    for (const name of ['nmw_n_times_limit_is_1', 'nmw_n_times_limit_is_1_uneven'] as const) {
      const { input, expected } = vectors[name];
      expect(normalizeMaxWeight(input.x, { limit: input.limit })).toEqual(Float32Array.from(expected));
    }
  });

  test('args: n · limit below 1 gives the uniform fallback although the sum is not 0', () => {
    const { input, expected } = vectors.nmw_n_times_limit_below_1;
    expect(normalizeMaxWeight(input.x, { limit: input.limit })).toEqual(Float32Array.from(expected));
  });

  test('args: a largest share exactly at the limit is not clipped (bit-exact, not merely close)', () => {
    const { input, expected } = vectors.nmw_max_equals_limit;
    expect(normalizeMaxWeight(input.x, { limit: input.limit })).toEqual(Float32Array.from(expected));
  });

  test('args: the epsilon keeps a share at the limit in the unclipped count', () => {
    const { input, expected } = vectors.nmw_epsilon;
    expect(normalizeMaxWeight(input.x, { limit: input.limit })).toEqual(Float32Array.from(expected));
  });
});

describe('processWeights at its thresholds', () => {
  test('args: a subnet smaller than min_allowed_weights gets uniform weights over all neurons', () => {
    const { input, expected } = vectors.pw_small_subnet;
    const { uids, weights } = processWeights(input);
    expect([...uids]).toEqual(expected.uids);
    close(weights, expected.weights);
    expect(convertWeightsAndUidsForEmit({ uids, weights })).toEqual(expected.emit);
  });

  test('args: all-zero weights give uniform weights over all neurons, also when min_allowed_weights is 0', () => {
    const { input, expected } = vectors.pw_none_min0;
    const { uids, weights } = processWeights(input);
    expect([...uids]).toEqual(expected.uids);
    close(weights, expected.weights);
  });

  test('args: exactly min_allowed_weights non-zero weights are kept as given, in their uid order', () => {
    const { input, expected } = vectors.pw_min_allowed_met;
    const { uids, weights } = processWeights(input);
    expect([...uids]).toEqual(expected.uids);
    close(weights, expected.weights);
    expect(convertWeightsAndUidsForEmit({ uids, weights })).toEqual(expected.emit);
  });

  test('args: the excluded quantile is clamped so min_allowed_weights weights remain', () => {
    const { input, expected } = vectors.pw_quantile_clamped;
    const { uids, weights } = processWeights(input);
    expect([...uids]).toEqual(expected.uids);
    close(weights, expected.weights);
    expect(convertWeightsAndUidsForEmit({ uids, weights })).toEqual(expected.emit);
  });

  test('args: excluding the whole quantile range keeps only the largest weight', () => {
    const { input, expected } = vectors.pw_quantile_all;
    const { uids, weights } = processWeights(input);
    expect([...uids]).toEqual(expected.uids);
    close(weights, expected.weights);
    expect(convertWeightsAndUidsForEmit({ uids, weights })).toEqual(expected.emit);
  });

  test('error: uids and weights of different lengths (SDK_WEIGHTS_INVALID)', () => {
    expectSdkError(
      () =>
        processWeights({
          uids: [0, 1],
          weights: [1],
          numNeurons: 2,
          minAllowedWeights: 1,
          maxWeightLimit: 1,
        }),
      'SDK_WEIGHTS_INVALID',
      'uids (2) and weights (1) differ in length.',
    );
  });
});

describe('convertWeightsAndUidsForEmit at its edges', () => {
  test('behavior: ties round half to even, also where half up would round the other way', () => {
    for (const name of ['emit_ties_even_below', 'emit_ties_of_thirds'] as const) {
      const { input, expected } = vectors[name];
      expect(convertWeightsAndUidsForEmit(input)).toEqual(expected);
    }
  });

  test('args: uid 0 and uid 65535 are u16s', () => {
    expect(convertWeightsAndUidsForEmit({ uids: [0, 65535], weights: [1, 2] })).toEqual({
      uids: [0, 65535],
      weights: [32768, 65535],
    });
  });

  test('error: every refused input by its code (SDK_WEIGHTS_INVALID) and message', () => {
    const refused: [ArrayLike<number>, ArrayLike<number>, string][] = [
      [[0, 1], [1], 'Passed weights and uids must have the same length, got 2 and 1.'],
      [[0, 1], [1, -0.5], 'Weight -0.5 at index 1 is negative or not finite.'],
      [[0], [Number.NaN], 'Weight NaN at index 0 is negative or not finite.'],
      [[0], [Number.POSITIVE_INFINITY], 'Weight Infinity at index 0 is negative or not finite.'],
      [[65536], [1], 'uid 65536 is not a u16.'],
      [[-1], [1], 'uid -1 is not a u16.'],
      [[1.5], [1], 'uid 1.5 is not a u16.'],
      [[3, 3], [1, 1], 'uid 3 appears twice.'],
    ];
    for (const [uids, weights, message] of refused) {
      expectSdkError(() => convertWeightsAndUidsForEmit({ uids, weights }), 'SDK_WEIGHTS_INVALID', message);
    }
  });
});

describe('generateWeightHash at its edges', () => {
  beforeAll(cryptoWaitReady);
  const alice = () => new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const base = (): GenerateWeightHashParameters => ({
    hotkey: alice().publicKey,
    netuid: 1,
    uids: [0, 1],
    values: [65535, 0],
    salt: [65535, 0],
    versionKey: 0n,
  });
  /** The pallet's hash of the same parameters: blake2-256 of the SCALE tuple. */
  const palletHash = (p: GenerateWeightHashParameters) =>
    blake2AsHex(
      new TypeRegistry()
        .createType('(AccountId32, u16, Vec<u16>, Vec<u16>, Vec<u16>, u64)', [
          alice().publicKey,
          p.netuid,
          p.uids,
          p.values,
          p.salt,
          p.versionKey,
        ])
        .toU8a(),
      256,
    );

  test('args: 65535 (the value every top weight is emitted as), 0 and the largest u64 version key hash like the pallet', () => {
    for (const versionKey of [0n, (1n << 64n) - 1n]) {
      const parameters = { ...base(), versionKey };
      expect(generateWeightHash(parameters)).toBe(palletHash(parameters));
    }
  });

  test('args: a public key and its SS58 address give the same hash', () => {
    expect(generateWeightHash({ ...base(), hotkey: alice().address })).toBe(generateWeightHash(base()));
  });

  test('error: a hotkey that is not 32 bytes (SDK_INVALID_KEY)', () => {
    for (const length of [31, 33]) {
      expectSdkError(
        () => generateWeightHash({ ...base(), hotkey: new Uint8Array(length) }),
        'SDK_INVALID_KEY',
        'Expected a 32-byte hotkey public key.',
      );
    }
  });

  test('error: uids and values of different lengths (SDK_WEIGHTS_INVALID)', () => {
    expectSdkError(
      () => generateWeightHash({ ...base(), uids: [0, 1, 2] }),
      'SDK_WEIGHTS_INVALID',
      'uids and values differ in length.',
    );
  });

  test('error: a version key outside u64 (SDK_WEIGHTS_INVALID)', () => {
    for (const versionKey of [-1n, 1n << 64n]) {
      expectSdkError(
        () => generateWeightHash({ ...base(), versionKey }),
        'SDK_WEIGHTS_INVALID',
        'versionKey is not a u64.',
      );
    }
  });

  test('error: negative, fractional and too large values, uids and salt words (SDK_WEIGHTS_INVALID)', () => {
    const refused: [Partial<GenerateWeightHashParameters>, string][] = [
      [{ values: [65536, 0] }, '65536 is not a u16.'],
      [{ values: [-1, 0] }, '-1 is not a u16.'],
      [{ values: [0.5, 0] }, '0.5 is not a u16.'],
      [{ uids: [0, 70000] }, '70000 is not a u16.'],
      [{ salt: [1.25] }, '1.25 is not a u16.'],
    ];
    for (const [change, message] of refused) {
      expectSdkError(() => generateWeightHash({ ...base(), ...change }), 'SDK_WEIGHTS_INVALID', message);
    }
  });
});
