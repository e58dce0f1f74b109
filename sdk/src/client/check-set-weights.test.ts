import { describe, expect, test } from 'vitest';
import { checkSetWeights, type SetWeightsRequest, type SetWeightsState } from './check-set-weights.js';

const state: SetWeightsState = {
  block: 100,
  subnetExists: true,
  commitRevealEnabled: false,
  n: 4,
  uid: 1,
  ownerUid: 0,
  alphaStake: 1_000n,
  rootStake: 0n,
  taoWeight: 0n,
  stakeThreshold: 0n,
  weightsVersionKey: 0n,
  lastUpdate: 90,
  weightsSetRateLimit: 10,
  validatorPermit: true,
  minAllowedWeights: 1,
  maxWeightsLimit: 65_535,
};
const request: SetWeightsRequest = { netuid: 1, uids: [2, 3], values: [65_535, 32_768], versionKey: 0n };

describe('checkSetWeights', () => {
  test('default: accepts a permitted, staked, up-to-date validator', () => {
    expect(checkSetWeights(state, request)).toBeUndefined();
  });

  test('behavior: the rate limit counts from the next block (the one the call lands in)', () => {
    expect(checkSetWeights({ ...state, block: 98 }, request)).toEqual({
      kind: 'RateLimited',
      nextBlock: 100,
      lastUpdate: 90,
    });
    expect(checkSetWeights({ ...state, block: 99 }, request)).toBeUndefined();
    expect(checkSetWeights({ ...state, lastUpdate: 0, block: 0 }, request)).toBeUndefined();
  });

  test('behavior: earlier checks win — version key before rate limit before permit', () => {
    const everything = { ...state, block: 95, weightsVersionKey: 3n, validatorPermit: false };
    expect(checkSetWeights(everything, request)).toMatchObject({ kind: 'BadVersionKey', required: 3n });
    expect(checkSetWeights({ ...everything, weightsVersionKey: 0n }, request)).toMatchObject({
      kind: 'RateLimited',
    });
    expect(checkSetWeights({ ...everything, weightsVersionKey: 0n, block: 100 }, request)).toEqual({
      kind: 'NoPermit',
    });
  });

  test('behavior: a single self-weight needs no permit and ignores the min and max weight rules', () => {
    const miner = { ...state, validatorPermit: false, minAllowedWeights: 3, maxWeightsLimit: 100 };
    expect(checkSetWeights(miner, { ...request, uids: [1], values: [65_535] })).toBeUndefined();
    expect(checkSetWeights(miner, { ...request, uids: [2], values: [65_535] })).toEqual({ kind: 'NoPermit' });
  });

  test('behavior: the owner needs neither stake nor permit', () => {
    const owner = { ...state, uid: 0, stakeThreshold: 10n ** 12n, validatorPermit: false };
    expect(checkSetWeights(owner, request)).toBeUndefined();
    expect(checkSetWeights({ ...owner, uid: 1 }, request)).toMatchObject({
      kind: 'NotEnoughStake',
      stake: 1_000n,
    });
  });

  test('behavior: root stake counts through TaoWeight', () => {
    const rooted = {
      ...state,
      alphaStake: 0n,
      rootStake: 2_000n,
      taoWeight: (1n << 63n) - 1n,
      stakeThreshold: 999n,
    };
    expect(checkSetWeights(rooted, request)).toBeUndefined();
    expect(checkSetWeights({ ...rooted, stakeThreshold: 1_000n }, request)).toMatchObject({
      kind: 'NotEnoughStake',
    });
  });

  test('behavior: min allowed weights is capped at n', () => {
    const big = { ...state, minAllowedWeights: 64 };
    expect(checkSetWeights(big, { ...request, uids: [0, 1, 2, 3], values: [1, 1, 1, 1] })).toBeUndefined();
    expect(checkSetWeights(big, request)).toEqual({ kind: 'TooFewWeights', given: 2, required: 4 });
  });

  test('behavior: max weight compares the largest share exactly against limit / 65535', () => {
    const limited = { ...state, maxWeightsLimit: 32_768 };
    // 65535 / (65535 + 65535) = 0.5 ≤ 32768/65535; 65535 / (65535 + 65533) > 0.5.
    expect(checkSetWeights(limited, { ...request, values: [65_535, 65_535] })).toBeUndefined();
    expect(
      checkSetWeights({ ...limited, maxWeightsLimit: 32_767 }, { ...request, values: [65_535, 65_535] }),
    ).toEqual({
      kind: 'MaxWeightExceeded',
      limit: 32_767,
    });
  });

  test('error: an unknown subnet is named before commit-reveal', () => {
    expect(checkSetWeights({ ...state, subnetExists: false, commitRevealEnabled: true }, request)).toEqual({
      kind: 'SubnetNotFound',
    });
  });
});
