/**
 * The coinbase of one block (subtensor `run_coinbase.rs` `run_coinbase`, `emit_to_subnets`,
 * `inject_and_maybe_swap`): the minted TAO is shared over the emitting subnets by moving price
 * (`subnet-emission-shares.ts`); each subnet's share is injected into its pool with alpha at the current
 * price up to its root-proportion cap, and the rest buys alpha for the protocol (`subnet-terms.ts`); TAO
 * left unspent by rounding is recycled out of `TotalIssuance`. Then each subnet mints its alpha emission as
 * outstanding alpha and accumulates it as pending: the owner cut, half of the rest for miners, the other
 * half for validators less the root stakers' part (`PendingRootAlphaDivs`, recycled when the network does
 * not sell root alpha). Subnets whose epoch is due then drain and pay (`drain-pending.ts`).
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { recycleSubnetAlpha } from './distribute-emission.js';
import { distributeEmissions, drainPending } from './drain-pending.js';
import { fromInt, mulFx, ONE, proportion32, satSub, toU64 } from './fixed.js';
import { mapKeySuffixes, u16At } from './map-keys.js';
import { movingPriceBits } from './moving-price.js';
import { rootProportionBits } from './root-proportion.js';
import {
  OwnerCutEnabled,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaIn,
  SubnetAlphaInEmission,
  SubnetAlphaOut,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetOwnerCut,
  SubnetProtocolAlpha,
  SubnetRootSellTao,
  SubnetTAO,
  SubnetTaoInEmission,
  TotalIssuance,
  TotalStake,
} from './storage.js';
import { subnetBlockEmissions, subnetsToEmitTo } from './subnet-emission-shares.js';
import { MAX_PRICE, simulateSwap, swapTaoForAlpha } from './subnet-swap.js';
import { getSubnetTerms, type SubnetTerms } from './subnet-terms.js';
import { allNetuids } from './subnets.js';
import { recordProtocolInflow } from './tao-flow.js';

/**
 * `get_network_root_sell_flag`: whether the emitting subnets' moving prices sum to more than 1 TAO (then
 * root stakers earn alpha dividends; otherwise their part is recycled).
 *
 * @example
 * networkRootSellFlag(state, [1, 2])
 */
export function networkRootSellFlag(state: StateReader, subnets: readonly number[]): boolean {
  return subnets.reduce((sum, netuid) => sum + movingPriceBits(state, netuid), 0n) > ONE;
}

/** `inject_and_maybe_swap`: spends `credit` into the pools; returns what is left. */
function injectAndMaybeSwap(
  state: StateOverlay,
  terms: ReadonlyMap<number, SubnetTerms>,
  credit: bigint,
): bigint {
  let remaining = credit;
  for (const [netuid, t] of terms) {
    const taoIn = toU64(t.taoIn, 32n);
    const alphaIn = toU64(t.alphaIn, 32n);
    const toSwap = toU64(t.excessTao, 32n);
    SubnetExcessTao.set(state, netuid, 0n);
    SubnetTaoInEmission.set(state, netuid, 0n);
    if (toSwap > 0n && remaining >= toSwap) {
      remaining -= toSwap;
      if (typeof simulateSwap(state, netuid, 'taoForAlpha', toSwap, MAX_PRICE, true) !== 'string') {
        const bought = swapTaoForAlpha(state, netuid, toSwap, MAX_PRICE, true);
        SubnetProtocolAlpha.set(state, netuid, SubnetProtocolAlpha.get(state, netuid) + bought.paidOut);
        SubnetExcessTao.set(state, netuid, bought.paidIn);
        recordProtocolInflow(state, netuid, bought.paidIn);
      }
    }
    SubnetAlphaInEmission.set(state, netuid, alphaIn);
    SubnetAlphaIn.set(state, netuid, SubnetAlphaIn.get(state, netuid) + alphaIn);
    if (taoIn > 0n && remaining >= taoIn) {
      remaining -= taoIn;
      SubnetTaoInEmission.set(state, netuid, taoIn);
      SubnetTAO.set(state, netuid, SubnetTAO.get(state, netuid) + taoIn);
      TotalStake.set(state, TotalStake.get(state) + taoIn);
      recordProtocolInflow(state, netuid, taoIn);
    }
  }
  return remaining;
}

/** The alpha side of `emit_to_subnets`: mints each subnet's `alpha_out` and accumulates the pending parts. */
function accumulatePending(
  state: StateOverlay,
  terms: ReadonlyMap<number, SubnetTerms>,
  rootSell: boolean,
): void {
  const cut = proportion32(BigInt(SubnetOwnerCut.get(state)), 65_535n);
  const half = 1n << 31n;
  for (const [netuid, t] of terms) {
    let alphaOut = t.alphaOut;
    const created = toU64(alphaOut, 32n);
    SubnetAlphaOutEmission.set(state, netuid, created);
    SubnetAlphaOut.set(state, netuid, SubnetAlphaOut.get(state, netuid) + created);
    if (OwnerCutEnabled.get(state, netuid)) {
      const ownerCut = mulFx(alphaOut, cut, 32n);
      alphaOut = satSub(alphaOut, ownerCut);
      PendingOwnerCut.set(state, netuid, PendingOwnerCut.get(state, netuid) + toU64(ownerCut, 32n));
    }
    const rootAlpha = mulFx(mulFx(rootProportionBits(state, netuid), alphaOut, 32n), half, 32n);
    const server = mulFx(alphaOut, half, 32n);
    const validator = satSub(satSub(alphaOut, server), rootAlpha);
    PendingServerEmission.set(state, netuid, PendingServerEmission.get(state, netuid) + toU64(server, 32n));
    PendingValidatorEmission.set(
      state,
      netuid,
      PendingValidatorEmission.get(state, netuid) + toU64(validator, 32n),
    );
    if (rootSell)
      PendingRootAlphaDivs.set(
        state,
        netuid,
        PendingRootAlphaDivs.get(state, netuid) + toU64(rootAlpha, 32n),
      );
    else recycleSubnetAlpha(state, netuid, toU64(rootAlpha, 32n));
  }
}

/**
 * `emit_to_subnets`: injects each subnet's TAO emission (U96F32 bits) into its pool out of `credit` (what is
 * left is recycled out of `TotalIssuance`), then mints each subnet's alpha emission into the pending
 * accumulators, root alpha to `PendingRootAlphaDivs` when `rootSell`.
 *
 * @example
 * emitToSubnets(state, new Map([[1, 10n ** 9n << 32n]]), 10n ** 9n, false);
 */
export function emitToSubnets(
  state: StateOverlay,
  emissions: ReadonlyMap<number, bigint>,
  credit: bigint,
  rootSell: boolean,
): void {
  const terms = getSubnetTerms(state, emissions);
  const left = injectAndMaybeSwap(state, terms, credit);
  if (left > 0n) TotalIssuance.set(state, satSub(TotalIssuance.get(state), left));
  accumulatePending(state, terms, rootSell);
}

/**
 * `run_coinbase` with the block's minted TAO (`credit`, from `mintBlockEmission`).
 *
 * @example
 * runCoinbase(ctx, mintBlockEmission(ctx.state));
 */
export function runCoinbase(ctx: DispatchContext, credit: bigint): void {
  const { state } = ctx;
  for (const suffix of mapKeySuffixes(state, SubnetRootSellTao))
    SubnetRootSellTao.set(state, u16At(suffix, 0), undefined);
  const subnets = allNetuids(state).filter((netuid) => netuid !== 0);
  const emitting = subnetsToEmitTo(state, subnets);
  const emissions = subnetBlockEmissions(state, emitting, fromInt(credit, 32n));
  emitToSubnets(state, emissions, credit, networkRootSellFlag(state, emitting));
  distributeEmissions(ctx, drainPending(ctx, subnets));
}
