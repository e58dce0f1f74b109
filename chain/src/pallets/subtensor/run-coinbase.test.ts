/**
 * `emit_to_subnets` step by step on one subnet, with values whose fixed-point terms are exact: TAO injected up to
 * the root-proportion cap, the excess bought as protocol alpha (no fee), credit the subnets could not take given
 * back to `TotalIssuance`, the owner cut and the root alpha kept or recycled; and the root-sell flag
 * (`Σ moving prices > 1`). Subtensor's own coinbase tests run in `coinbase-vectors.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { swap } from '../../../test-support/pool-reference.js';
import { createTestChain } from '../../../test-support/test-chain.js';
import { emitToSubnets, networkRootSellFlag, runCoinbase } from './run-coinbase.js';
import * as S from './storage.js';

const TAO = 1_000_000_000n;
const FIX32 = 1n << 32n;
const POOL = 10n ** 12n;

/**
 * Subnet 1 dynamic with a 1:1 pool of 1,000 TAO, 2,000 alpha outstanding and root holding 1,000 TAO at a TAO weight
 * of 1: root proportion 1,000 / (1,000 + 3,000) = ¼, so a block's 1 alpha out caps the alpha in at ¼.
 */
const setUp = () => {
  const chain = createTestChain();
  const { state } = chain;
  S.SubnetMechanism.set(state, 1, 1);
  S.SubnetTAO.set(state, 1, POOL);
  S.SubnetAlphaIn.set(state, 1, POOL);
  S.SubnetAlphaOut.set(state, 1, 2n * POOL);
  S.SubnetTAO.set(state, 0, POOL);
  S.TaoWeight.set(state, (1n << 64n) - 1n);
  S.TotalIssuance.set(state, 100n * POOL);
  return chain;
};
const emit = (chain: ReturnType<typeof setUp>, taoEmission: bigint, credit: bigint, rootSell = true) =>
  chain.dispatch(2, ({ state }) =>
    emitToSubnets(state, new Map([[1, taoEmission * FIX32]]), credit, rootSell),
  );

describe('emitToSubnets', () => {
  it('default: an emission under the cap goes in as TAO and as much alpha at the price', () => {
    const chain = setUp();
    const { state } = chain;
    expect(emit(chain, TAO / 5n, TAO / 5n)).toBeUndefined();
    expect(S.SubnetTaoInEmission.get(state, 1)).toBe(TAO / 5n);
    expect(S.SubnetAlphaInEmission.get(state, 1)).toBe(TAO / 5n);
    expect(S.SubnetTAO.get(state, 1)).toBe(POOL + TAO / 5n);
    expect(S.SubnetAlphaIn.get(state, 1)).toBe(POOL + TAO / 5n);
    expect(S.TotalStake.get(state)).toBe(TAO / 5n);
    expect(S.SubnetProtocolFlow.get(state, 1)).toBe(TAO / 5n);
    expect(S.SubnetExcessTao.get(state, 1)).toBe(0n);
    expect(S.SubnetProtocolAlpha.get(state, 1)).toBe(0n);
    expect(S.TotalIssuance.get(state)).toBe(100n * POOL);
  });

  it('behavior: above the cap the alpha in is the cap, and the excess TAO buys protocol alpha without a fee', () => {
    const chain = setUp();
    const { state } = chain;
    const bought = swap({ tao: POOL, alpha: POOL }, 'buy', (3n * TAO) / 4n, false);
    expect(emit(chain, TAO, TAO)).toBeUndefined();
    expect(S.SubnetProtocolAlpha.get(state, 1)).toBe(bought.paidOut);
    expect(S.SubnetExcessTao.get(state, 1)).toBe((3n * TAO) / 4n);
    expect(S.SubnetAlphaInEmission.get(state, 1)).toBe(TAO / 4n);
    expect(S.SubnetTaoInEmission.get(state, 1)).toBe(TAO / 4n);
    expect(S.SubnetTAO.get(state, 1)).toBe(POOL + TAO);
    expect(S.SubnetAlphaIn.get(state, 1)).toBe(POOL - bought.paidOut + TAO / 4n);
    expect(S.SubnetProtocolFlow.get(state, 1)).toBe(TAO);
    expect(S.TotalIssuance.get(state)).toBe(100n * POOL);
  });

  it('behavior: an excess the pool refuses to swap (over 1000 × its TAO) buys nothing and is still spent', () => {
    const chain = setUp();
    const { state } = chain;
    // A 1:1 pool of 1,000 rao takes at most 10⁶ rao per swap; the alpha issuance stays 3,000 TAO (root proportion ¼).
    S.SubnetTAO.set(state, 1, 1_000n);
    S.SubnetAlphaIn.set(state, 1, 1_000n);
    S.SubnetAlphaOut.set(state, 1, 3n * POOL - 1_000n);
    expect(emit(chain, TAO, TAO)).toBeUndefined();
    expect(S.SubnetProtocolAlpha.get(state, 1)).toBe(0n);
    expect(S.SubnetExcessTao.get(state, 1)).toBe(0n);
    expect(S.SubnetTaoInEmission.get(state, 1)).toBe(TAO / 4n);
    expect(S.SubnetTAO.get(state, 1)).toBe(1_000n + TAO / 4n);
    expect(S.TotalIssuance.get(state)).toBe(100n * POOL);
  });

  it('behavior: credit short of the excess buys nothing, and what is left unspent leaves TotalIssuance', () => {
    const chain = setUp();
    const { state } = chain;
    expect(emit(chain, TAO, (7n * TAO) / 10n)).toBeUndefined();
    expect(S.SubnetProtocolAlpha.get(state, 1)).toBe(0n);
    expect(S.SubnetExcessTao.get(state, 1)).toBe(0n);
    expect(S.SubnetTaoInEmission.get(state, 1)).toBe(TAO / 4n);
    expect(S.TotalIssuance.get(state)).toBe(100n * POOL - (7n * TAO) / 10n + TAO / 4n);
  });

  it('behavior: credit short of the TAO in injects no TAO (the alpha in still goes in) and is all given back', () => {
    const chain = setUp();
    const { state } = chain;
    expect(emit(chain, TAO / 5n, TAO / 10n)).toBeUndefined();
    expect(S.SubnetTaoInEmission.get(state, 1)).toBe(0n);
    expect(S.SubnetTAO.get(state, 1)).toBe(POOL);
    expect(S.SubnetAlphaIn.get(state, 1)).toBe(POOL + TAO / 5n);
    expect(S.TotalIssuance.get(state)).toBe(100n * POOL - TAO / 10n);
  });

  /**
   * `emit_to_subnets`' split of `alphaOut` (U96F32 bits) after an injection of `alphaIn`: half to miners, root
   * alpha = root proportion (read after the injection and the 1 alpha out) · alphaOut · ½, validators the rest.
   */
  const split = (alphaOut: bigint, alphaIn: bigint) => {
    const rootProportion = (POOL << 32n) / (4n * POOL + alphaIn + TAO);
    const server = alphaOut >> 1n;
    const root = ((rootProportion * alphaOut) >> 32n) >> 1n;
    return { server: server >> 32n, root: root >> 32n, validator: (alphaOut - server - root) >> 32n };
  };

  it('behavior: 1 alpha out splits into the owner cut, half to miners, root alpha and validators', () => {
    const chain = setUp();
    const { state } = chain;
    S.SubnetOwnerCut.set(state, 13_107); // 20 % of u16::MAX
    expect(emit(chain, TAO / 5n, TAO / 5n)).toBeUndefined();
    const cutBits = (TAO * FIX32 * ((13_107n << 32n) / 65_535n)) >> 32n;
    const want = split(TAO * FIX32 - cutBits, TAO / 5n);
    expect(S.SubnetAlphaOutEmission.get(state, 1)).toBe(TAO);
    expect(S.SubnetAlphaOut.get(state, 1)).toBe(2n * POOL + TAO);
    expect(S.PendingOwnerCut.get(state, 1)).toBe(cutBits >> 32n);
    expect(S.PendingServerEmission.get(state, 1)).toBe(want.server);
    expect(S.PendingRootAlphaDivs.get(state, 1)).toBe(want.root);
    expect(S.PendingValidatorEmission.get(state, 1)).toBe(want.validator);
  });

  it('args: without the owner cut and without root selling, no cut and no root alpha is kept', () => {
    const chain = setUp();
    const { state } = chain;
    S.OwnerCutEnabled.set(state, 1, false);
    expect(emit(chain, TAO / 5n, TAO / 5n, false)).toBeUndefined();
    const want = split(TAO * FIX32, TAO / 5n);
    expect(S.PendingOwnerCut.get(state, 1)).toBe(0n);
    expect(S.PendingServerEmission.get(state, 1)).toBe(want.server);
    expect(S.PendingRootAlphaDivs.get(state, 1)).toBe(0n);
    expect(S.PendingValidatorEmission.get(state, 1)).toBe(want.validator);
  });
});

describe('networkRootSellFlag', () => {
  it('args: moving prices summing to exactly 1 do not sell; one bit more does', () => {
    const { state } = createTestChain();
    for (const netuid of [1, 2]) {
      S.SubnetMechanism.set(state, netuid, 1);
      S.SubnetMovingPrice.set(state, netuid, { bits: FIX32 / 2n });
    }
    expect(networkRootSellFlag(state, [1, 2])).toBe(false);
    S.SubnetMovingPrice.set(state, 2, { bits: FIX32 / 2n + 1n });
    expect(networkRootSellFlag(state, [1, 2])).toBe(true);
  });
});

describe('runCoinbase', () => {
  it('behavior: root is no subnet of the coinbase: its blocks since the last step are not counted', () => {
    const chain = setUp();
    S.NetworksAdded.set(chain.state, 1, true);
    expect(chain.dispatch(2, (ctx) => runCoinbase(ctx, 0n))).toBeUndefined();
    expect(S.BlocksSinceLastStep.get(chain.state, 0)).toBe(0n);
    expect(S.BlocksSinceLastStep.get(chain.state, 1)).toBe(1n);
  });
});
