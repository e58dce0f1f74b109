/**
 * Per-block coinbase (simplified dTAO, docs/chain.md): `BlockEmission` TAO is split equally over the
 * subnets with emission started (`start_call`), injected into their pools at the current price, and each
 * such subnet mints 1 alpha per block: the owner cut (`SubnetOwnerCut`, 18%) to `PendingOwnerCut`, the
 * rest half to `PendingServerEmission` and half to `PendingValidatorEmission`. No halving, no root
 * proportion, no moving-price shares.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import {
  BlockEmission,
  FirstEmissionBlockNumber,
  NetworkRegistrationAllowed,
  PendingOwnerCut,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaIn,
  SubnetAlphaInEmission,
  SubnetAlphaOut,
  SubnetAlphaOutEmission,
  SubnetOwnerCut,
  SubnetTAO,
  SubnetTaoInEmission,
  SubtokenEnabled,
  TotalIssuance,
  TotalStake,
} from './storage.js';
import { allNetuids } from './subnets.js';

/** Alpha minted per block per subnet (rao): 1 alpha, no halving. */
export const ALPHA_BLOCK_EMISSION = 1_000_000_000n;

/** Subnets that receive emission in `block` (non-root, started, subtoken enabled, registration allowed). */
export function emittingSubnets(state: StateReader, block: bigint): number[] {
  return allNetuids(state).filter((netuid) => {
    if (netuid === 0) return false;
    const first = FirstEmissionBlockNumber.get(state, netuid);
    return (
      first !== undefined &&
      block >= first &&
      SubtokenEnabled.get(state, netuid) &&
      NetworkRegistrationAllowed.get(state, netuid)
    );
  });
}

/**
 * Runs one block of emission into the subnets' pools and pending accumulators.
 *
 * @example
 * emitToSubnets(state, 100n);
 */
export function emitToSubnets(state: StateOverlay, block: bigint): void {
  const subnets = emittingSubnets(state, block);
  if (subnets.length === 0) return;
  const blockEmission = BlockEmission.get(state);
  const share = blockEmission / BigInt(subnets.length);
  const cut = SubnetOwnerCut.get(state);
  for (const netuid of subnets) {
    const taoReserve = SubnetTAO.get(state, netuid);
    const alphaReserve = SubnetAlphaIn.get(state, netuid);
    const alphaIn = taoReserve === 0n ? share : (share * alphaReserve) / taoReserve;
    SubnetTAO.set(state, netuid, taoReserve + share);
    SubnetAlphaIn.set(state, netuid, alphaReserve + alphaIn);
    SubnetTaoInEmission.set(state, netuid, share);
    SubnetAlphaInEmission.set(state, netuid, alphaIn);
    SubnetAlphaOutEmission.set(state, netuid, ALPHA_BLOCK_EMISSION);
    SubnetAlphaOut.set(state, netuid, SubnetAlphaOut.get(state, netuid) + ALPHA_BLOCK_EMISSION);
    TotalIssuance.set(state, TotalIssuance.get(state) + share);
    TotalStake.set(state, TotalStake.get(state) + share);
    const ownerCut = (ALPHA_BLOCK_EMISSION * BigInt(cut)) / 65_535n;
    const rest = ALPHA_BLOCK_EMISSION - ownerCut;
    PendingOwnerCut.set(state, netuid, PendingOwnerCut.get(state, netuid) + ownerCut);
    PendingServerEmission.set(state, netuid, PendingServerEmission.get(state, netuid) + rest / 2n);
    PendingValidatorEmission.set(
      state,
      netuid,
      PendingValidatorEmission.get(state, netuid) + (rest - rest / 2n),
    );
  }
}
