/**
 * `get_tao_weight` and `RootProp`: the TAO weight is `TaoWeight / u64::MAX` (u64::MAX itself is exactly 1), and
 * each block stores every emitting subnet's root proportion `root TAO · w / (root TAO · w + alpha issuance)`.
 */
import { describe, expect, it } from 'vitest';
import { createTestChain } from '../../../test-support/test-chain.js';
import { rootProportionBits, taoWeightBits, updateRootProp } from './root-proportion.js';
import { RootProp, SubnetAlphaIn, SubnetAlphaOut, SubnetTAO, TaoWeight } from './storage.js';

const FIX32 = 1n << 32n;

describe('taoWeightBits', () => {
  it('args: a TaoWeight of u64::MAX is a weight of exactly 1', () => {
    const { state } = createTestChain();
    TaoWeight.set(state, (1n << 64n) - 1n);
    expect(taoWeightBits(state)).toBe(FIX32);
  });
});

describe('updateRootProp', () => {
  it('default: stores each subnet root TAO · w / (root TAO · w + alpha in + alpha out)', () => {
    const { state } = createTestChain();
    TaoWeight.set(state, (1n << 64n) - 1n);
    SubnetTAO.set(state, 0, 3_000n);
    SubnetAlphaIn.set(state, 1, 500n);
    SubnetAlphaOut.set(state, 1, 500n);
    SubnetAlphaIn.set(state, 2, 1_000n);
    SubnetAlphaOut.set(state, 2, 8_000n);
    updateRootProp(state, [1, 2]);
    expect(RootProp.get(state, 1).bits).toBe((3n * FIX32) / 4n);
    expect(RootProp.get(state, 2).bits).toBe(FIX32 / 4n);
    expect(RootProp.get(state, 1).bits).toBe(rootProportionBits(state, 1));
  });
});
