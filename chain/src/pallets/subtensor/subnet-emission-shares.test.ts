/**
 * Which subnets the coinbase emits to (`get_subnets_to_emit_to`), their shares of the block emission (moving prices,
 * less what miners burned, `get_shares`) and `SubnetEmissionEnabled`'s renormalization, on values whose U64F64
 * quotients are exact or plain floors; subtensor's own share vectors run in `coinbase-vectors.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { createTestChain } from '../../../test-support/test-chain.js';
import {
  FirstEmissionBlockNumber,
  MinerBurned,
  NetworkRegistrationAllowed,
  SubnetEmissionEnabled,
  SubnetMechanism,
  SubnetMovingPrice,
  SubtokenEnabled,
} from './storage.js';
import { emissionShares, subnetBlockEmissions, subnetsToEmitTo } from './subnet-emission-shares.js';

const ONE = 1n << 64n;
const FIX32 = 1n << 32n;

describe('subnetsToEmitTo', () => {
  it('behavior: a subnet that has started, has its subtoken on and allows registration; never root', () => {
    const { state } = createTestChain();
    for (const netuid of [0, 1, 2, 3, 4]) {
      FirstEmissionBlockNumber.set(state, netuid, 1n);
      SubtokenEnabled.set(state, netuid, true);
      NetworkRegistrationAllowed.set(state, netuid, true);
    }
    FirstEmissionBlockNumber.set(state, 2, undefined);
    SubtokenEnabled.set(state, 3, false);
    NetworkRegistrationAllowed.set(state, 4, false);
    expect(subnetsToEmitTo(state, [0, 1, 2, 3, 4])).toEqual([1]);
  });
});

describe('emissionShares', () => {
  it('default: shares in proportion to the moving prices', () => {
    const shares = emissionShares([
      [1, ONE, 0n],
      [2, 3n * ONE, 0n],
    ]);
    expect([...shares]).toEqual([
      [1, ONE / 4n],
      [2, (3n * ONE) / 4n],
    ]);
  });

  it('behavior: a miner burn of b scales a subnet share by 1 − b before renormalizing', () => {
    // ¼ · ½ and ¾ · 1: weights ⅛ and ¾, shares 1/7 and 6/7.
    const shares = emissionShares([
      [1, ONE, ONE / 2n],
      [2, 3n * ONE, 0n],
    ]);
    expect(shares.get(1)).toBe(ONE / 7n);
    expect(shares.get(2)).toBe((6n * ONE) / 7n);
  });

  it('args: a burn of 1 or more leaves nothing; when every subnet burned everything the price shares stand', () => {
    const all = emissionShares([
      [1, ONE, ONE],
      [2, 3n * ONE, 2n * ONE],
    ]);
    expect([...all]).toEqual([
      [1, ONE / 4n],
      [2, (3n * ONE) / 4n],
    ]);
    const one = emissionShares([
      [1, ONE, 2n * ONE],
      [2, 3n * ONE, 0n],
    ]);
    expect([...one]).toEqual([
      [1, 0n],
      [2, ONE],
    ]);
  });
});

describe('subnetBlockEmissions', () => {
  /** Subnets 1–3 dynamic at moving prices 1, 1 and 2 (shares ¼, ¼, ½); a block emission of 1,000 rao. */
  const setUp = () => {
    const { state } = createTestChain();
    for (const [netuid, price] of [
      [1, 1n],
      [2, 1n],
      [3, 2n],
    ] as const) {
      SubnetMechanism.set(state, netuid, 1);
      SubnetMovingPrice.set(state, netuid, { bits: price * FIX32 });
      MinerBurned.set(state, netuid, { bits: 0n });
    }
    return state;
  };
  const emissions = (state: ReturnType<typeof setUp>) => [
    ...subnetBlockEmissions(state, [1, 2, 3], 1_000n * FIX32),
  ];

  it('default: the block emission in proportion to the shares (U96F32)', () => {
    expect(emissions(setUp())).toEqual([
      [1, 250n * FIX32],
      [2, 250n * FIX32],
      [3, 500n * FIX32],
    ]);
  });

  it('behavior: a subnet with emission disabled gets nothing, the enabled ones share its part', () => {
    const state = setUp();
    SubnetEmissionEnabled.set(state, 3, false);
    expect(emissions(state)).toEqual([
      [1, 500n * FIX32],
      [2, 500n * FIX32],
      [3, 0n],
    ]);
    for (const netuid of [1, 2]) SubnetEmissionEnabled.set(state, netuid, false);
    expect(emissions(state)).toEqual([
      [1, 0n],
      [2, 0n],
      [3, 0n],
    ]);
  });
});
