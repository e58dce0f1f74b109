/**
 * The block emission's writes: `get_block_emission_for_issuance` stores what it returns in `BlockEmission` (and
 * writes nothing when the value is already there), and `mint_tao` adds the emission to `TotalIssuance`. The
 * halving schedule itself is checked against subtensor's vectors in `coinbase-vectors.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { createTestChain } from '../../../test-support/test-chain.js';
import { StorageLayer } from '../../storage/index.js';
import { emissionForIssuance, mintBlockEmission } from './block-emission.js';
import { BlockEmission, TotalIssuance } from './storage.js';

const TAO = 1_000_000_000n;
const HALVING = 10_500_000n * TAO;

describe('emissionForIssuance', () => {
  it('default: stores the emission it returns in BlockEmission', () => {
    const { state } = createTestChain();
    expect(emissionForIssuance(state, HALVING)).toBe(TAO / 2n);
    expect(BlockEmission.get(state)).toBe(TAO / 2n);
  });

  it('behavior: an emission equal to the stored one writes nothing', () => {
    const layer = new StorageLayer(createTestChain().state);
    expect(emissionForIssuance(layer, 0n)).toBe(TAO);
    expect(layer.changes()).toEqual([]);
  });
});

describe('mintBlockEmission', () => {
  it('default: mints the emission for TotalIssuance into it', () => {
    const { state } = createTestChain();
    TotalIssuance.set(state, HALVING);
    expect(mintBlockEmission(state)).toBe(TAO / 2n);
    expect(TotalIssuance.get(state)).toBe(HALVING + TAO / 2n);
  });
});
