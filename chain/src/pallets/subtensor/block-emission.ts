/**
 * The TAO minted each block (subtensor `coinbase/block_emission.rs`): `DefaultBlockEmission` (1 TAO) halved
 * each time total issuance crosses the next halving point, `1 / 2^⌊log2(1 / (1 − issuance / 21M))⌋`, in
 * I96F32 (so 10.5M TAO issued halves it, 15.75M halves it again, …). The same function gives each subnet's
 * alpha emission from its alpha issuance.
 */
import type { StateOverlay } from '../../frame/state.js';
import { divFx, FIX32, toU64 } from './fixed.js';
import { BlockEmission, TotalIssuance } from './storage.js';

/** `TotalSupply`: 21M TAO in rao. */
export const TOTAL_SUPPLY = 21_000_000_000_000_000n;
/** `DefaultBlockEmission`: 1 TAO in rao. */
export const DEFAULT_BLOCK_EMISSION = 1_000_000_000n;
/** `MAX_TAO_ISSUANCE` (`tao.rs`): `mint_tao` never issues past it. */
export const MAX_TAO_ISSUANCE = 21_000_000_000_000_000n;

/**
 * `get_block_emission_for_issuance` without its `BlockEmission` write: the emission (rao) for an issuance.
 * `⌊log2⌋` of the I96F32 residual is its integer part, which `log2` returns exactly.
 *
 * @example
 * blockEmissionForIssuance(0n) // 1_000_000_000n
 * blockEmissionForIssuance(10_500_000_000_000_000n) // 500_000_000n
 */
export function blockEmissionForIssuance(issuance: bigint): bigint {
  if (issuance >= TOTAL_SUPPLY) return 0n;
  const fraction = divFx(issuance << 32n, (2n * 10_500_000_000_000_000n) << 32n, 32n);
  const residual = divFx(FIX32, FIX32 - fraction, 32n);
  const floored = BigInt(residual.toString(2).length) - 33n;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, FIX32 >> 32 or more is under a rao of emission, floored to 0
  const percentage = floored > 32n ? 0n : FIX32 >> floored;
  return toU64(percentage * DEFAULT_BLOCK_EMISSION, 32n);
}

/**
 * `get_block_emission_for_issuance` with its write: like subtensor, every call stores the result in
 * `BlockEmission`, including the per-subnet calls for alpha issuance, so after a block `BlockEmission`
 * holds the last emitting subnet's alpha emission (equal to the TAO emission while issuances are below the
 * first halving).
 *
 * @example
 * emissionForIssuance(state, 0n) // 1_000_000_000n
 */
export function emissionForIssuance(state: StateOverlay, issuance: bigint): bigint {
  const emission = blockEmissionForIssuance(issuance);
  if (BlockEmission.get(state) !== emission) BlockEmission.set(state, emission);
  return emission;
}

/**
 * `get_block_emission` → `mint_tao`: the block's emission for `TotalIssuance`, minted into `TotalIssuance`
 * up to `MAX_TAO_ISSUANCE`. Returns the TAO minted, which `run_coinbase` spends into the subnets.
 *
 * @example
 * const credit = mintBlockEmission(state);
 */
export function mintBlockEmission(state: StateOverlay): bigint {
  const issuance = TotalIssuance.get(state);
  const emission = emissionForIssuance(state, issuance);
  // Stryker disable next-line ConditionalExpression: equivalent, minting 0 sets TotalIssuance to itself
  if (emission === 0n) return 0n;
  // Unreachable caps, kept as mint_tao has them: below 21M the halving keeps an emission (at most 2 TAO × (1 −
  // issuance / 21M)) far under the room left (21M TAO × the same).
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: unreachable, see above
  const room = MAX_TAO_ISSUANCE > issuance ? MAX_TAO_ISSUANCE - issuance : 0n;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: unreachable, see above
  const minted = emission < room ? emission : room;
  TotalIssuance.set(state, issuance + minted);
  return minted;
}
