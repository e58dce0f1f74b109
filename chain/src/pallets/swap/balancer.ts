/**
 * The balancer pool of `pallet_subtensor_swap` (`pallet/balancer.rs`, `swap_step.rs`) with equal reserve
 * weights (½ TAO, ½ alpha: the `Balancer::default()` every subnet starts with), in the runtime's exact
 * integer arithmetic: U64F64 fixed point (value = bits / 2^64, truncating multiply and divide) and the
 * exact rational power `safe_bigmath::pow_ratio_scaled`, which for weights ½/½ reduces to a floored
 * ratio (exponent 1) or a floored square root (exponent ½). Pure: reserves in, amounts out.
 */

/** 1.0 as U64F64 bits. */
export const ONE = 1n << 64n;
/** The `Perquintill` accuracy that `pow_ratio_scaled` scales by. */
const SCALE = 10n ** 18n;
const U64_MAX = (1n << 64n) - 1n;

const toU64 = (v: bigint): bigint => (v > U64_MAX ? U64_MAX : v < 0n ? 0n : v);

/** `U64F64::from_num(n) / U64F64::from_num(d)` as bits (truncating; 0 when d = 0, as `safe_div`). */
export function ratioBits(n: bigint, d: bigint): bigint {
  return d === 0n ? 0n : (n * ONE) / d;
}

/** `floor(value · bits / 2^64)`, saturated to u64: `U64F64 · integer → saturating_to_num::<u64>()`. */
export function mulBits(value: bigint, bits: bigint): bigint {
  return toU64((value * bits) / ONE);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** The spot price, alpha in TAO, as U64F64 bits: `calculate_price(alpha, tao) = (w_base/w_quote)·tao/alpha`. */
export function priceBits(taoReserve: bigint, alphaReserve: bigint): bigint {
  return ratioBits(taoReserve, alphaReserve);
}

/** `exp_scaled(x, dx)` for equal weights: `(x / (x + dx))` floored to 1e-18, then to U64F64, capped at 1. */
function expBits(x: bigint, dx: bigint): bigint {
  if (x + dx === 0n) return 0n;
  const scaled = (x * SCALE) / (x + dx);
  const bits = ratioBits(toU64(scaled), SCALE);
  return bits > ONE ? ONE : bits;
}

/**
 * `convert_deltas`: what `deltaIn` of one reserve buys of the other: `out · (1 − in/(in + Δ))`, floored.
 *
 * @example
 * convertDeltas(10n ** 12n, 10n ** 12n, 10n ** 9n) // TAO in, alpha out
 */
export function convertDeltas(reserveIn: bigint, reserveOut: bigint, deltaIn: bigint): bigint {
  return mulBits(reserveOut, ONE - expBits(reserveIn, deltaIn));
}

/**
 * `calculate_{quote,base}_delta_in`: the input that moves the price from `fromBits` to `toBits`:
 * `reserveIn · (sqrt(ratio) − 1)` with `ratio = to/from` (TAO in, price rising) or `from/to` (alpha in, price falling).
 *
 * @example
 * deltaInToPrice(taoReserve, currentBits, limitBits)
 */
export function deltaInToPrice(reserveIn: bigint, numBits: bigint, denBits: bigint): bigint {
  if (denBits === 0n) return 0n;
  const root = isqrt((numBits * SCALE * SCALE) / denBits);
  const eBits = ratioBits(toU64(root), SCALE);
  return eBits <= ONE ? 0n : mulBits(reserveIn, eBits - ONE);
}

/** `FeeRate / u16::MAX` as U64F64 bits: the fee on a full amount. */
export function feeBits(rate: number): bigint {
  return ratioBits(BigInt(rate), 65_535n);
}

/** `FeeRate / (u16::MAX − FeeRate)` as bits: the fee on a net amount (a fill cut at the limit price). */
export function netFeeBits(rate: number): bigint {
  return ratioBits(BigInt(rate), 65_535n - BigInt(rate));
}
