/**
 * Root claims on an in-memory chain: the claimable rate to the bit, the threshold, a failed swap rolling the claim
 * back, the per-block automatic claim, the auto-claim index, the key-swap and dissolve helpers, and the property
 * that a round of claims conserves alpha (and, swapped, TAO).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestChain, type TestChain } from '../../../test-support/test-chain.js';
import { blockHashToIndices, runAutoClaimRootDivs } from './auto-claim-root.js';
import { increaseStake, stakeOf } from './pools.js';
import { claimableRate, claimRoot, increaseRootClaimable, rootOwed, setRootClaimType } from './root-claim.js';
import {
  finalizeAllSubnetRootDividends,
  transferRootClaimableForNewHotkey,
  transferRootClaimedForNewKeys,
} from './root-claim-keys.js';
import { setRootClaimThreshold } from './root-claim-params.js';
import {
  claimableRates,
  NumRootClaim,
  NumStakingColdkeys,
  RootClaimed,
  StakingColdkeys,
  StakingColdkeysByIndex,
} from './root-claim-storage.js';
import { maybeAddColdkeyIndex, maybeRemoveColdkeyIndex } from './staking-coldkeys.js';
import { RootClaimType, SubnetAlphaIn, SubnetMechanism, SubnetTAO, TotalHotkeyAlpha } from './storage.js';
import { registerNetwork, startCall } from './subnets.js';

const TAO = 1_000_000_000n;
const key = (byte: number) => new Uint8Array(32).fill(byte);
const OWNER_COLD = key(0xc0);
const HOT = key(0x10);
const OTHER_HOT = key(0x11);
const stakers = [key(0xa1), key(0xa2), key(0xa3), key(0xa4), key(0xa5)];
const [ALICE, BOB] = stakers as [Uint8Array, Uint8Array];

let chain: TestChain;

beforeEach(() => {
  chain = createTestChain([[OWNER_COLD, 10_000n * TAO], ...stakers.map((s) => [s, 1_000n * TAO] as const)]);
  expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, HOT))).toBeUndefined();
  expect(chain.dispatch(1, (ctx) => startCall(ctx, OWNER_COLD, 1))).toBeUndefined();
});

const rootStake = (coldkey: Uint8Array, amount: bigint, hotkey = HOT) =>
  chain.dispatch(2, ({ state }) => increaseStake(state, hotkey, coldkey, 0, amount));
const credit = (amount: bigint, netuid = 1, hotkey = HOT) =>
  chain.dispatch(2, ({ state }) => increaseRootClaimable(state, hotkey, netuid, amount));
const keep = (coldkey: Uint8Array) =>
  chain.dispatch(2, (ctx) => setRootClaimType(ctx, coldkey, { type: 'Keep' }));

describe('increaseRootClaimable', () => {
  it('default: adds amount / root stake as I96F32, truncated, per subnet in netuid order', () => {
    rootStake(ALICE, 3_000_000n);
    credit(1_000_000n, 3);
    credit(1_000_000n, 3);
    credit(7n, 2);
    const third = (1_000_000n << 32n) / 3_000_000n;
    expect(claimableRate(chain.state, HOT, 3)).toBe(2n * third);
    expect([...claimableRates(chain.state, HOT).keys()]).toEqual([2, 3]);
    expect(claimableRate(chain.state, HOT, 2)).toBe((7n << 32n) / 3_000_000n);
  });

  it('behavior: more than the root stake goes to the hotkey owner as subnet stake instead', () => {
    rootStake(ALICE, 1_000n);
    const before = stakeOf(chain.state, HOT, OWNER_COLD, 1);
    credit(1_001n);
    expect(stakeOf(chain.state, HOT, OWNER_COLD, 1) - before).toBe(1_001n);
    expect(claimableRates(chain.state, HOT).size).toBe(0);
  });
});

describe('claimRoot', () => {
  it('behavior: nothing is paid under the subnet threshold, and RootClaimed is still emitted', () => {
    rootStake(ALICE, 2_000_000n);
    credit(820_000n);
    keep(ALICE);
    chain.dispatch(2, ({ state }) => setRootClaimThreshold(state, 1, 820_000n));
    expect(chain.dispatch(3, (ctx) => claimRoot(ctx, ALICE, [1]))).toBeUndefined();
    expect(stakeOf(chain.state, HOT, ALICE, 1)).toBe(0n);
    expect(chain.events.at(-1)).toMatchObject({ event: 'RootClaimed' });
    // The rate is 0.41 truncated to 32 fractional bits, so 2,000,000 rao of root stake are owed 819,999.99… alpha.
    chain.dispatch(4, ({ state }) => setRootClaimThreshold(state, 1, 819_999n));
    expect(chain.dispatch(5, (ctx) => claimRoot(ctx, ALICE, [1]))).toBeUndefined();
    expect(stakeOf(chain.state, HOT, ALICE, 1)).toBe(819_999n);
    expect(rootOwed(chain.state, HOT, ALICE, 1)).toBe(0n);
  });

  it('error: a refused swap fails the claim (ReservesTooLow) and leaves RootClaimed and the pool as they were', () => {
    rootStake(ALICE, 2_000_000n);
    credit(1_000_000n);
    chain.dispatch(2, ({ state }) => {
      SubnetMechanism.set(state, 1, 1);
      SubnetTAO.set(state, 1, 999_999n);
      SubnetAlphaIn.set(state, 1, 10n * TAO);
    });
    expect(chain.dispatch(3, (ctx) => claimRoot(ctx, ALICE, [1]))).toBe('ReservesTooLow');
    expect(RootClaimed.get(chain.state, 1, HOT, ALICE)).toBe(0n);
    expect(SubnetAlphaIn.get(chain.state, 1)).toBe(10n * TAO);
    expect(rootOwed(chain.state, HOT, ALICE, 1)).toBe(1_000_000n);
  });
});

describe('setRootClaimType', () => {
  it('args: KeepSubnets is stored as the set its BTreeSet decodes to, and emitted so', () => {
    const raw = { type: 'KeepSubnets' as const, value: { subnets: [3, 1, 3] } };
    expect(chain.dispatch(2, (ctx) => setRootClaimType(ctx, ALICE, raw))).toBeUndefined();
    const stored = { type: 'KeepSubnets', value: { subnets: [1, 3] } };
    expect(RootClaimType.get(chain.state, ALICE)).toEqual(stored);
    expect(chain.events.at(-1)).toMatchObject({
      event: 'RootClaimTypeSet',
      data: { root_claim_type: stored },
    });
    expect(StakingColdkeys.get(chain.state, ALICE)).toBe(0n);
  });
});

describe('automatic claims', () => {
  it('default: each block claims for the coldkeys the parent hash draws from the index', () => {
    rootStake(ALICE, 2_000_000n);
    credit(1_000_000n);
    keep(ALICE); // indexes ALICE at 0
    expect(chain.dispatch(3, (ctx) => runAutoClaimRootDivs(ctx, key(0x5a)))).toBeUndefined();
    expect(stakeOf(chain.state, HOT, ALICE, 1)).toBe(1_000_000n);
    expect(chain.events.at(-1)).toMatchObject({ event: 'RootClaimed', data: { coldkey: ALICE } });
  });

  it('behavior: NumRootClaim 0 claims nothing; a failing coldkey is skipped', () => {
    rootStake(ALICE, 2_000_000n);
    credit(1_000_000n);
    keep(ALICE);
    chain.dispatch(3, ({ state }) => NumRootClaim.set(state, 0n));
    chain.dispatch(3, (ctx) => runAutoClaimRootDivs(ctx, key(0x5a)));
    expect(stakeOf(chain.state, HOT, ALICE, 1)).toBe(0n);
    chain.dispatch(4, ({ state }) => {
      NumRootClaim.set(state, 5n);
      SubnetMechanism.set(state, 1, 1);
      SubnetTAO.set(state, 1, 1n);
    });
    chain.dispatch(4, (ctx) => setRootClaimType(ctx, ALICE, { type: 'Swap' }));
    expect(chain.dispatch(5, (ctx) => runAutoClaimRootDivs(ctx, key(0x5a)))).toBeUndefined();
    expect(RootClaimed.get(chain.state, 1, HOT, ALICE)).toBe(0n);
  });

  it('args: blockHashToIndices with n = 0 draws slot 0, with k = 0 none', () => {
    expect(blockHashToIndices(key(7), 3n, 0n)).toEqual([0n]);
    expect(blockHashToIndices(key(7), 0n, 10n)).toEqual([]);
  });
});

describe('auto-claim index', () => {
  it('behavior: removing a coldkey moves the last one into its slot', () => {
    chain.dispatch(2, ({ state }) => {
      for (const s of stakers.slice(0, 3)) maybeAddColdkeyIndex(state, s);
      maybeAddColdkeyIndex(state, stakers[0]!);
      maybeRemoveColdkeyIndex(state, stakers[0]!);
    });
    expect(NumStakingColdkeys.get(chain.state)).toBe(2n);
    expect(StakingColdkeysByIndex.get(chain.state, 0n)).toEqual(stakers[2]);
    expect(StakingColdkeys.get(chain.state, stakers[2]!)).toBe(0n);
    expect(StakingColdkeysByIndex.get(chain.state, 2n)).toBeUndefined();
    expect(StakingColdkeys.get(chain.state, stakers[0]!)).toBeUndefined();
  });
});

describe('key swaps and dissolution', () => {
  it('behavior: transferRootClaimableForNewHotkey sums the rates per subnet and removes the old hotkey', () => {
    rootStake(ALICE, 1_000_000n);
    rootStake(ALICE, 1_000_000n, OTHER_HOT);
    credit(500_000n, 1);
    credit(300_000n, 2);
    credit(100_000n, 1, OTHER_HOT);
    chain.dispatch(3, ({ state }) => transferRootClaimableForNewHotkey(state, HOT, OTHER_HOT));
    expect(claimableRates(chain.state, HOT).size).toBe(0);
    expect(claimableRate(chain.state, OTHER_HOT, 1)).toBe(
      ((500_000n << 32n) + (100_000n << 32n)) / 1_000_000n,
    );
    expect(claimableRate(chain.state, OTHER_HOT, 2)).toBe((300_000n << 32n) / 1_000_000n);
  });

  it('behavior: transferRootClaimedForNewKeys moves the watermark to the new coldkey', () => {
    chain.dispatch(2, ({ state }) => RootClaimed.set(state, 1, HOT, ALICE, 42n));
    chain.dispatch(3, ({ state }) => transferRootClaimedForNewKeys(state, 1, HOT, HOT, ALICE, BOB));
    expect(RootClaimed.get(chain.state, 1, HOT, BOB)).toBe(42n);
    expect(chain.state.get(RootClaimed.key(1, HOT, ALICE) as `0x${string}`)).toBeNull();
  });

  it('behavior: finalizeAllSubnetRootDividends forgets one subnet on every hotkey and keeps the others', () => {
    rootStake(ALICE, 1_000_000n);
    rootStake(ALICE, 1_000_000n, OTHER_HOT);
    credit(500_000n, 1);
    credit(500_000n, 2);
    credit(500_000n, 1, OTHER_HOT);
    chain.dispatch(2, ({ state }) => {
      RootClaimed.set(state, 1, HOT, ALICE, 5n);
      RootClaimed.set(state, 1, OTHER_HOT, BOB, 6n);
      RootClaimed.set(state, 2, HOT, ALICE, 7n);
    });
    chain.dispatch(3, ({ state }) => finalizeAllSubnetRootDividends(state, 1));
    expect([...claimableRates(chain.state, HOT).keys()]).toEqual([2]);
    expect(claimableRates(chain.state, OTHER_HOT).size).toBe(0);
    expect(RootClaimed.get(chain.state, 1, HOT, ALICE)).toBe(0n);
    expect(RootClaimed.get(chain.state, 1, OTHER_HOT, BOB)).toBe(0n);
    expect(RootClaimed.get(chain.state, 2, HOT, ALICE)).toBe(7n);
  });
});

const roundsArb = fc.record({
  stakes: fc.array(fc.bigInt({ min: 1_000_000n, max: 1_000_000_000_000n }), { minLength: 1, maxLength: 5 }),
  rounds: fc.array(
    fc.record({ dividend: fc.bigInt({ min: 0n, max: 10_000_000_000n }), claimers: fc.array(fc.boolean()) }),
    { minLength: 1, maxLength: 4 },
  ),
  swap: fc.boolean(),
});

describe('property', () => {
  it('behavior: claims pay out no more than was credited, each claim grows the stake by what RootClaimed records, and a swapped claim moves TAO from the subnet pool to root stake', () => {
    fc.assert(
      fc.property(roundsArb, ({ stakes, rounds, swap }) => {
        chain = createTestChain([
          [OWNER_COLD, 10_000n * TAO],
          ...stakers.map((s) => [s, 1_000n * TAO] as const),
        ]);
        chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, HOT));
        chain.dispatch(1, ({ state }) => {
          // Kept claims pay any amount; swapped ones keep the default threshold (a dust swap is refused).
          if (!swap) setRootClaimThreshold(state, 1, 0n);
          SubnetMechanism.set(state, 1, 1);
          SubnetTAO.set(state, 1, 1_000n * TAO);
          SubnetAlphaIn.set(state, 1, 2_000n * TAO);
        });
        const holders = stakes.map((amount, i) => {
          rootStake(stakers[i]!, amount);
          chain.dispatch(2, (ctx) => setRootClaimType(ctx, stakers[i]!, { type: swap ? 'Swap' : 'Keep' }));
          return stakers[i]!;
        });
        let credited = 0n;
        let paid = 0n;
        const finalRound = { dividend: 0n, claimers: holders.map(() => true) };
        for (const round of [...rounds, finalRound]) {
          // A dividend above the hotkey's root stake goes to its owner instead (test set-ups only).
          if (round.dividend <= TotalHotkeyAlpha.get(chain.state, HOT, 0)) credited += round.dividend;
          credit(round.dividend);
          holders.forEach((coldkey, i) => {
            if (round.claimers[i] !== true) return;
            const net = swap ? 0 : 1;
            const stakeBefore = stakeOf(chain.state, HOT, coldkey, net);
            const claimedBefore = RootClaimed.get(chain.state, 1, HOT, coldkey);
            const [subnetTao, rootTao] = [SubnetTAO.get(chain.state, 1), SubnetTAO.get(chain.state, 0)];
            const alphaIn = SubnetAlphaIn.get(chain.state, 1);
            expect(chain.dispatch(3, (ctx) => claimRoot(ctx, coldkey, [1]))).toBeUndefined();
            const grew = stakeOf(chain.state, HOT, coldkey, net) - stakeBefore;
            const claimed = RootClaimed.get(chain.state, 1, HOT, coldkey) - claimedBefore;
            if (swap) {
              // The alpha owed is sold into the pool whole (no fee); its TAO leaves the pool for root stake.
              const sold = SubnetAlphaIn.get(chain.state, 1) - alphaIn;
              expect(subnetTao - SubnetTAO.get(chain.state, 1)).toBe(grew);
              expect(SubnetTAO.get(chain.state, 0) - rootTao).toBe(grew);
              paid += sold;
            } else {
              expect(grew).toBe(claimed);
              paid += claimed;
            }
            expect(grew).toBeGreaterThanOrEqual(0n);
          });
          expect(paid).toBeLessThanOrEqual(credited);
        }
        // Truncation loses under root stake / 2^32 + 1 rao per credit (the rate) and a rao per claim (the floor).
        const credits = BigInt(rounds.length + 1);
        const rateLoss = credits * ((TotalHotkeyAlpha.get(chain.state, HOT, 0) >> 32n) + 1n);
        if (!swap) expect(credited - paid).toBeLessThanOrEqual(rateLoss + credits * BigInt(holders.length));
      }),
      { numRuns: 60 },
    );
  });
});
