/**
 * Each subnet's moving (EMA) alpha price (subtensor `stake_utils.rs` `update_moving_price`,
 * `get_moving_alpha_price`): every block after the coinbase,
 * `moving ← α·min(price, 1) + (1 − α)·moving` with `α = SubnetMovingAlpha · b / (b + EMAPriceHalvingBlocks)`
 * and `b` the blocks since `start_call`, in U64F64, stored as I96F32. The spot price counts at most 1 TAO.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { convertFx, divFx, fromInt, mulFx, ONE, satSub } from './fixed.js';
import {
  EMAPriceHalvingBlocks,
  FirstEmissionBlockNumber,
  SubnetMechanism,
  SubnetMovingAlpha,
  SubnetMovingPrice,
} from './storage.js';
import { currentPriceBits } from './subnet-swap.js';

/**
 * `get_moving_alpha_price` as U64F64 bits: 1 on root and stable subnets, else `SubnetMovingPrice`.
 *
 * @example
 * movingPriceBits(state, 0) // 1n << 64n
 */
export function movingPriceBits(state: StateReader, netuid: number): bigint {
  if (netuid === 0 || SubnetMechanism.get(state, netuid) === 0) return ONE;
  const bits = convertFx(SubnetMovingPrice.get(state, netuid).bits, 32n, 64n);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: unreachable, the storage codec decodes SubnetMovingPrice's bits unsigned
  return bits < 0n ? 0n : bits;
}

/**
 * The next moving price (U64F64 bits) from its inputs, as `update_moving_price` computes it.
 *
 * @example
 * nextMovingPriceBits({ blocksSinceStart: 10n, halvingBlocks: 201_600n, movingAlphaBits: 12_885n << 32n, priceBits: 1n << 64n, movingBits: 0n })
 */
export function nextMovingPriceBits(p: {
  readonly blocksSinceStart: bigint;
  readonly halvingBlocks: bigint;
  /** `SubnetMovingAlpha` as U64F64 bits. */
  readonly movingAlphaBits: bigint;
  /** The spot price, U64F64 bits. */
  readonly priceBits: bigint;
  /** The current moving price, U64F64 bits. */
  readonly movingBits: bigint;
}): bigint {
  const b = fromInt(p.blocksSinceStart, 64n);
  const alpha = mulFx(p.movingAlphaBits, divFx(b, b + fromInt(p.halvingBlocks, 64n), 64n), 64n);
  const oneMinusAlpha = satSub(ONE, alpha);
  const price = p.priceBits < ONE ? p.priceBits : ONE;
  return mulFx(alpha, price, 64n) + mulFx(oneMinusAlpha, p.movingBits, 64n);
}

/**
 * `update_moving_price` for one subnet at `block`.
 *
 * @example
 * updateMovingPrice(state, 1, 100n);
 */
export function updateMovingPrice(state: StateOverlay, netuid: number, block: bigint): void {
  const startCall = satSub(FirstEmissionBlockNumber.get(state, netuid) ?? 0n, 1n);
  const next = nextMovingPriceBits({
    blocksSinceStart: satSub(block, startCall),
    halvingBlocks: EMAPriceHalvingBlocks.get(state, netuid),
    movingAlphaBits: convertFx(SubnetMovingAlpha.get(state).bits, 32n, 64n),
    priceBits: currentPriceBits(state, netuid),
    movingBits: movingPriceBits(state, netuid),
  });
  SubnetMovingPrice.set(state, netuid, { bits: convertFx(next, 64n, 32n) });
}
