/**
 * The reveal-block prediction on small schedules worked out by hand: the tempo boundary, an epoch in the inclusion
 * block, an owner-triggered pending epoch, the MaxTempo fallback, and tempo 0. test/drand/bittensor-drand.test.ts
 * checks the same function against bittensor-drand itself.
 */
import { describe, expect, it } from 'vitest';
import { type EpochScheduleState, predictFirstRevealBlock } from './predict-first-reveal-block.js';

/** Tempo 10, last epoch in block 100 (epoch 5), head 103. */
const state = (overrides: Partial<EpochScheduleState> = {}): EpochScheduleState => ({
  lastEpochBlock: 100n,
  pendingEpochAt: 0n,
  subnetEpochIndex: 5n,
  tempo: 10,
  blocksSinceLastStep: 3n,
  currentBlock: 103n,
  ...overrides,
});

describe('predictFirstRevealBlock', () => {
  it('default: a commit mid-epoch is revealed in the block the next epoch runs', () => {
    expect(predictFirstRevealBlock(state(), 1n)).toBe(110n);
  });

  it('args: each further reveal period epoch adds a tempo after the last epoch', () => {
    expect(predictFirstRevealBlock(state(), 2n)).toBe(120n);
    expect(predictFirstRevealBlock(state(), 3n)).toBe(130n);
  });

  it('args: reveal period 0 reveals in the inclusion block, the head + 1', () => {
    expect(predictFirstRevealBlock(state(), 0n)).toBe(104n);
  });

  it('behavior: a commit included in an epoch block already counts that epoch, so its reveal is a tempo later', () => {
    expect(predictFirstRevealBlock(state({ currentBlock: 108n, blocksSinceLastStep: 8n }), 1n)).toBe(110n);
    expect(predictFirstRevealBlock(state({ currentBlock: 109n, blocksSinceLastStep: 9n }), 1n)).toBe(120n);
  });

  it('behavior: an owner-triggered pending epoch runs in its block, exactly, and the tempo counts from there', () => {
    expect(predictFirstRevealBlock(state({ pendingEpochAt: 106n }), 1n)).toBe(106n);
    expect(predictFirstRevealBlock(state({ pendingEpochAt: 106n }), 2n)).toBe(116n);
    // Pending at the inclusion block: the commit's epoch is already the next one.
    expect(predictFirstRevealBlock(state({ pendingEpochAt: 104n }), 1n)).toBe(114n);
  });

  it('behavior: past MaxTempo (50,400) blocks without an epoch one runs regardless, not at MaxTempo itself', () => {
    const slow = { lastEpochBlock: 1_000n, currentBlock: 1_000n, tempo: 65_535, subnetEpochIndex: 0n };
    // 50,400 since the last step: the inclusion block's coinbase makes it 50,401 and runs the epoch.
    expect(predictFirstRevealBlock(state({ ...slow, blocksSinceLastStep: 50_400n }), 1n)).toBe(1_002n);
    // 50,401 already: the epoch runs in the inclusion block, the next one 50,402 blocks later.
    expect(predictFirstRevealBlock(state({ ...slow, blocksSinceLastStep: 50_401n }), 1n)).toBe(51_403n);
    // From a fresh step the fallback comes before the tempo (block 66,535).
    expect(predictFirstRevealBlock(state({ ...slow, blocksSinceLastStep: 0n }), 1n)).toBe(51_402n);
  });

  it('behavior: tempo 0 runs no epochs, so no reveal block, whatever the period', () => {
    expect(predictFirstRevealBlock(state({ tempo: 0 }), 0n)).toBeUndefined();
    expect(predictFirstRevealBlock(state({ tempo: 0 }), 1n)).toBeUndefined();
  });
});
