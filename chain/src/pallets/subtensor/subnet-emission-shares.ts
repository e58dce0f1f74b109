/**
 * How the block's TAO is shared over subnets (subtensor `coinbase/subnet_emissions.rs`): the subnets that
 * emit (`get_subnets_to_emit_to`), each one's share of its moving price in the sum of moving prices
 * weighted by `1 − MinerBurned` and renormalized (`get_shares`), and the TAO each gets (`get_subnet_block_emissions`,
 * with `SubnetEmissionEnabled` = false subnets' shares handed to the others). U64F64 shares, U96F32 amounts.
 * Subtensor's flow-based `get_shares_flow` is dead code at the targeted runtime and is not used.
 */
import type { StateReader } from '../../frame/state.js';
import { convertFx, divFx, mulFx, ONE, satSub } from './fixed.js';
import { movingPriceBits } from './moving-price.js';
import {
  FirstEmissionBlockNumber,
  MinerBurned,
  NetworkRegistrationAllowed,
  SubnetEmissionEnabled,
  SubtokenEnabled,
} from './storage.js';

/**
 * `get_subnets_to_emit_to`: of `netuids`, the non-root ones with `FirstEmissionBlockNumber` set (after
 * `start_call`), subtoken enabled and registration allowed.
 *
 * @example
 * subnetsToEmitTo(state, [0, 1, 2]) // [1, 2]
 */
export function subnetsToEmitTo(state: StateReader, netuids: readonly number[]): number[] {
  return netuids.filter(
    (netuid) =>
      netuid !== 0 &&
      FirstEmissionBlockNumber.get(state, netuid) !== undefined &&
      SubtokenEnabled.get(state, netuid) &&
      NetworkRegistrationAllowed.get(state, netuid),
  );
}

/**
 * `get_shares` from its inputs: moving prices and `MinerBurned` (U64F64 bits each) → U64F64 shares.
 *
 * @example
 * emissionShares([[1, 1n << 63n, 0n], [2, 1n << 63n, 0n]]) // Map { 1 => 1n << 63n, 2 => 1n << 63n }
 */
export function emissionShares(
  subnets: readonly (readonly [netuid: number, movingPrice: bigint, minerBurned: bigint])[],
): Map<number, bigint> {
  const total = subnets.reduce((sum, [, price]) => sum + price, 0n);
  const priceShares = new Map(subnets.map(([netuid, price]) => [netuid, divFx(price, total, 64n)]));
  const weighted = new Map(
    subnets.map(([netuid, , burned]) => {
      const factor = satSub(ONE, burned < ONE ? burned : ONE);
      return [netuid, mulFx(priceShares.get(netuid) ?? 0n, factor, 64n)];
    }),
  );
  const totalWeight = [...weighted.values()].reduce((sum, w) => sum + w, 0n);
  if (totalWeight === 0n) return priceShares;
  return new Map([...weighted].map(([netuid, w]) => [netuid, divFx(w, totalWeight, 64n)]));
}

/**
 * `get_shares` for the emitting subnets, read from storage.
 *
 * @example
 * subnetShares(state, [1, 2])
 */
export function subnetShares(state: StateReader, subnets: readonly number[]): Map<number, bigint> {
  return emissionShares(
    subnets.map((netuid) => [
      netuid,
      movingPriceBits(state, netuid),
      convertFx(MinerBurned.get(state, netuid).bits, 32n, 64n),
    ]),
  );
}

/**
 * `get_subnet_block_emissions`: each emitting subnet's TAO this block as U96F32 bits,
 * `U64F64(block_emission) · share`; subnets with `SubnetEmissionEnabled` false get 0 and the others'
 * shares are renormalized over the enabled ones.
 *
 * @example
 * subnetBlockEmissions(state, [1, 2], 1_000_000_000n << 32n)
 */
export function subnetBlockEmissions(
  state: StateReader,
  subnets: readonly number[],
  blockEmissionBits: bigint,
): Map<number, bigint> {
  const shares = subnetShares(state, subnets);
  const enabled = new Map(subnets.map((netuid) => [netuid, SubnetEmissionEnabled.get(state, netuid)]));
  const anyDisabled = [...enabled.values()].some((on) => !on);
  const enabledSum = [...shares].reduce((sum, [netuid, s]) => (enabled.get(netuid) ? sum + s : sum), 0n);
  const emission64 = convertFx(blockEmissionBits, 32n, 64n);
  return new Map(
    [...shares].map(([netuid, share]) => {
      let s = share;
      if (anyDisabled) s = enabled.get(netuid) && enabledSum > 0n ? divFx(share, enabledSum, 64n) : 0n;
      return [netuid, convertFx(mulFx(emission64, s, 64n), 64n, 32n)];
    }),
  );
}
