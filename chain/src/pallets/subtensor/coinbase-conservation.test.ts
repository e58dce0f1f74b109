/**
 * Properties of the coinbase over random chains (a test chain, `block_step` run block after block, no epochs):
 * total issuance grows by the block emission less the rounding dust subtensor recycles (`recycle_credit`), or
 * not at all when no subnet has a moving price; the pools receive all of it but the chain buys a pool refuses
 * (too little TAO to buy a rao of alpha: subtensor leaves that TAO in the subnet's account), and `TotalStake`
 * grows by what they received; each subnet's alpha issuance grows by exactly its injected and emitted alpha less
 * the root alpha it recycles, and no more alpha is made pending than was emitted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestChain } from '../../../test-support/test-chain.js';
import { blockEmissionForIssuance } from './block-emission.js';
import { subtensorOnInitialize } from './hooks.js';
import * as S from './storage.js';

const TAO = 1_000_000_000n;
const pendingItems = [
  S.PendingOwnerCut,
  S.PendingServerEmission,
  S.PendingValidatorEmission,
  S.PendingRootAlphaDivs,
];

const subnetArb = fc.record({
  tao: fc.bigInt({ min: 1n * TAO, max: 100_000n * TAO }),
  alpha: fc.bigInt({ min: 1n * TAO, max: 100_000n * TAO }),
  alphaOut: fc.bigInt({ min: 0n, max: 11_000_000n * TAO }),
  movingPrice: fc.bigInt({ min: 0n, max: 3n << 32n }),
  halving: fc.bigInt({ min: 1n, max: 201_600n }),
});
const chainArb = fc.record({
  issuance: fc.bigInt({ min: 0n, max: 20_999_000n * TAO }),
  rootTao: fc.bigInt({ min: 0n, max: 5_000_000n * TAO }),
  subnets: fc.array(subnetArb, { minLength: 1, maxLength: 4 }),
  blocks: fc.integer({ min: 1, max: 8 }),
});

describe('coinbase conservation', () => {
  it('behavior: issuance grows by what the pools received, the emission less dust; alpha issuance by what was minted less recycled root alpha', () => {
    fc.assert(
      fc.property(chainArb, ({ issuance, rootTao, subnets, blocks }) => {
        const chain = createTestChain();
        const { state } = chain;
        S.TotalIssuance.set(state, issuance);
        S.SubnetTAO.set(state, 0, rootTao);
        const netuids = subnets.map((_, i) => i + 1);
        subnets.forEach((s, i) => {
          const n = i + 1;
          S.NetworksAdded.set(state, n, true);
          S.SubnetMechanism.set(state, n, 1);
          S.Tempo.set(state, n, 0); // no epochs: the pending accumulators only grow
          S.FirstEmissionBlockNumber.set(state, n, 1n);
          S.SubtokenEnabled.set(state, n, true);
          S.SubnetTAO.set(state, n, s.tao);
          S.SubnetAlphaIn.set(state, n, s.alpha);
          S.SubnetAlphaOut.set(state, n, s.alphaOut);
          S.SubnetMovingPrice.set(state, n, { bits: s.movingPrice });
          S.EMAPriceHalvingBlocks.set(state, n, s.halving);
        });
        S.TotalNetworks.set(state, subnets.length + 1);
        for (let block = 2; block < 2 + blocks; block++) {
          const ti = S.TotalIssuance.get(state);
          const stake = S.TotalStake.get(state);
          const pools = netuids.map((n) => S.SubnetTAO.get(state, n));
          const alphaIssuance = netuids.map(
            (n) => S.SubnetAlphaIn.get(state, n) + S.SubnetAlphaOut.get(state, n),
          );
          const pending = netuids.map((n) => pendingItems.map((item) => item.get(state, n)));
          const anyPrice = netuids.some((n) => S.SubnetMovingPrice.get(state, n).bits > 0n);

          expect(chain.dispatch(block, (ctx) => subtensorOnInitialize(ctx))).toBeUndefined();

          const received = netuids.reduce(
            (sum, n) => sum + S.SubnetTaoInEmission.get(state, n) + S.SubnetExcessTao.get(state, n),
            0n,
          );
          const emission = blockEmissionForIssuance(ti);
          const grown = S.TotalIssuance.get(state) - ti;
          expect(grown <= emission).toBe(true);
          if (anyPrice) expect(emission - grown <= BigInt(2 * netuids.length)).toBe(true);
          else expect(grown).toBe(0n);
          expect(received <= grown).toBe(true);
          expect(S.TotalStake.get(state) - stake).toBe(received);
          expect(netuids.reduce((sum, n, i) => sum + S.SubnetTAO.get(state, n) - pools[i]!, 0n)).toBe(
            received,
          );
          netuids.forEach((n, i) => {
            const alphaIn = S.SubnetAlphaInEmission.get(state, n);
            const alphaOut = S.SubnetAlphaOutEmission.get(state, n);
            const madePending = pendingItems.reduce(
              (sum, item, k) => sum + item.get(state, n) - pending[i]![k]!,
              0n,
            );
            const now = S.SubnetAlphaIn.get(state, n) + S.SubnetAlphaOut.get(state, n);
            const recycled = alphaIssuance[i]! + alphaIn + alphaOut - now;
            expect(recycled >= 0n).toBe(true);
            expect(madePending + recycled <= alphaOut).toBe(true);
            expect(alphaOut - madePending - recycled <= 4n).toBe(true); // each pending part floored once
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
