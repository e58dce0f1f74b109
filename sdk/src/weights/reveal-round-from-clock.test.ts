/**
 * The clock-based reveal round on a small beacon (genesis 1,000 s, 3 s rounds) and on quicknet: the security
 * offset, a reveal block already past, rounding down, and the floor of round 1.
 */
import { QUICKNET } from '@subnetkit/drand';
import { describe, expect, it } from 'vitest';
import { revealRoundFromClock, SECURITY_BLOCK_OFFSET } from './reveal-round-from-clock.js';

const beacon = { genesisTime: 1_000, period: 3 };

describe('revealRoundFromClock', () => {
  it('default: the round current blockTime seconds per block from now until the first reveal block + 3', () => {
    expect(SECURITY_BLOCK_OFFSET).toBe(3n);
    // 13 blocks of 12 s after 2,000 s: (2,000 + 156 − 1,000) / 3 = 385.33.
    expect(
      revealRoundFromClock({
        firstRevealBlock: 110n,
        currentBlock: 100n,
        blockTime: 12,
        nowSeconds: 2_000,
        beacon,
      }),
    ).toBe(385n);
  });

  it('args: quicknet’s schedule when no beacon is given', () => {
    const nowSeconds = QUICKNET.genesisTime + 1_000 * QUICKNET.period + 1;
    expect(
      revealRoundFromClock({ firstRevealBlock: 97n, currentBlock: 100n, blockTime: 12, nowSeconds }),
    ).toBe(1_000n);
    expect(
      revealRoundFromClock({ firstRevealBlock: 98n, currentBlock: 100n, blockTime: 12, nowSeconds }),
    ).toBe(1_000n + 12n / BigInt(QUICKNET.period));
  });

  it('behavior: a reveal block already past targets now, not a time before it', () => {
    const at = (firstRevealBlock: bigint) =>
      revealRoundFromClock({
        firstRevealBlock,
        currentBlock: 100n,
        blockTime: 12,
        nowSeconds: 2_000,
        beacon,
      });
    expect(at(97n)).toBe(333n);
    expect(at(90n)).toBe(333n);
    expect(at(98n)).toBe(337n);
  });

  it('behavior: rounds down, and never below round 1 (at or before genesis)', () => {
    const at = (nowSeconds: number) =>
      revealRoundFromClock({ firstRevealBlock: 97n, currentBlock: 100n, blockTime: 12, nowSeconds, beacon });
    expect(at(1_005.9)).toBe(1n);
    expect(at(1_006)).toBe(2n);
    expect(at(1_008.9)).toBe(2n);
    expect(at(1_002)).toBe(1n);
    expect(at(1_000)).toBe(1n);
    expect(at(500)).toBe(1n);
  });
});
