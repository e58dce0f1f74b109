/**
 * `get_moving_alpha_price` and `update_moving_price`'s step, against subtensor's formulas on values whose fixed-point
 * products are exact: root and stable subnets price at 1, and the spot price enters the average capped at 1.
 */
import { describe, expect, it } from 'vitest';
import { createTestChain } from '../../../test-support/test-chain.js';
import { movingPriceBits, nextMovingPriceBits } from './moving-price.js';
import { SubnetMechanism, SubnetMovingPrice } from './storage.js';

const ONE = 1n << 64n;

describe('movingPriceBits', () => {
  it('args: root and a stable subnet (mechanism 0) price at 1 whatever is stored', () => {
    const { state } = createTestChain();
    for (const netuid of [0, 1]) SubnetMovingPrice.set(state, netuid, { bits: 3n << 31n });
    SubnetMechanism.set(state, 0, 1); // root prices at 1 whatever mechanism is stored for it
    SubnetMechanism.set(state, 1, 0);
    expect(movingPriceBits(state, 0)).toBe(ONE);
    expect(movingPriceBits(state, 1)).toBe(ONE);
    SubnetMechanism.set(state, 1, 1);
    expect(movingPriceBits(state, 1)).toBe(3n << 63n); // 1.5, I96F32 → U64F64
  });
});

describe('nextMovingPriceBits', () => {
  // α = SubnetMovingAlpha · b / (b + halving) = ½ · ½ = ¼; next = α · min(price, 1) + (1 − α) · moving.
  const step = (priceBits: bigint) =>
    nextMovingPriceBits({
      blocksSinceStart: 1n,
      halvingBlocks: 1n,
      movingAlphaBits: ONE / 2n,
      priceBits,
      movingBits: ONE / 2n,
    });

  it('default: moves a quarter of the way to a spot price under 1', () => {
    expect(step(ONE / 4n)).toBe(ONE / 16n + (3n * ONE) / 8n);
  });

  it('args: a spot price of 1 or above enters as 1', () => {
    expect(step(ONE)).toBe(ONE / 4n + (3n * ONE) / 8n);
    expect(step(2n * ONE)).toBe(ONE / 4n + (3n * ONE) / 8n);
  });
});
