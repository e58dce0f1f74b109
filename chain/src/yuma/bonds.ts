/**
 * Bond moving averages of subtensor's `run_epoch.rs`: the fixed-alpha EMA and Yuma3's liquid alpha.
 */
import { exp_safe } from './fixed/exp.js';
import {
  add,
  clamp,
  div,
  divSaturating,
  fromBits,
  fromInt,
  type I32F32,
  mul,
  ONE as ONE_BITS,
  sub,
  U16_MAX as U16_MAX_BITS,
  ZERO as ZERO_BITS,
} from './fixed/i32f32.js';
import { i64f64Div, i64f64FromInt, i64f64ToI32F32 } from './fixed/i64f64.js';
import { mat_ema_alpha_sparse, mat_ema_sparse } from './math/ema.js';
import type { SparseMatrix, SparseRow } from './math/sparse-row.js';

// Module-local copies: V8 reads a module's own constants much faster than imported bindings in hot loops.
const ONE: I32F32 = ONE_BITS;
const U16_MAX: I32F32 = U16_MAX_BITS;
const ZERO: I32F32 = ZERO_BITS;

/** Liquid-alpha settings of a subnet (u16 fractions and the i16 steepness). */
export interface LiquidAlphaParams {
  readonly alphaLow: number;
  readonly alphaHigh: number;
  readonly alphaSigmoidSteepness: number;
}

const HALF: I32F32 = fromBits(1n << 31n);
const MINUS_HUNDRED = fromInt(-100);

/** `compute_disabled_liquid_alpha` / `compute_ema_bonds_normal_sparse`: 1 − I32F32(bma / 1e6). */
export function bondsAlpha(bondsMovingAverage: bigint): I32F32 {
  const ratio = i64f64Div(i64f64FromInt(bondsMovingAverage), i64f64FromInt(1_000_000n));
  return sub(ONE, i64f64ToI32F32(ratio));
}

/** `alpha_sigmoid`: the liquid alpha of one bond from consensus, weight and previous bond. */
export function alpha_sigmoid(
  consensus: I32F32,
  weight: I32F32,
  bond: I32F32,
  alphaLow: I32F32,
  alphaHigh: I32F32,
  steepness: I32F32,
): I32F32 {
  const diffBuy = clamp(sub(weight, consensus), ZERO, ONE);
  const diffSell = clamp(sub(bond, weight), ZERO, ONE);
  const combined = weight >= bond ? diffBuy : diffSell;
  const exponent = mul(divSaturating(steepness, MINUS_HUNDRED), sub(combined, HALF));
  const sigmoid = divSaturating(ONE, add(ONE, exp_safe(exponent)));
  const alpha = add(alphaLow, mul(sigmoid, sub(alphaHigh, alphaLow)));
  return clamp(alpha, alphaLow, alphaHigh);
}

/** Reads the value at column j of a row sorted by column, advancing a cursor (the Rust peekable merge). */
function makeCursor(row: SparseRow) {
  let k = 0;
  return (j: number): I32F32 => {
    while (k < row.idx.length) {
      const i = row.idx[k];
      if (i < j) {
        k += 1;
        continue;
      }
      return i === j ? row.val[k] : ZERO;
    }
    return ZERO;
  };
}

/**
 * `compute_liquid_alpha_values_sparse`: α_ij per row and column, seeing weights and bonds through the
 * same forward-only merge as subtensor (so unsorted rows read as they do there). `mat_ema_alpha_sparse`
 * reads α only where the weight or bond row has an entry, so only those cells are evaluated; the rest
 * stay 0 (the sigmoid and its `exp` are the costliest step of the epoch).
 */
export function compute_liquid_alpha_values_sparse(
  weights: SparseMatrix,
  bonds: SparseMatrix,
  consensus: readonly I32F32[],
  liquid: LiquidAlphaParams,
): I32F32[][] {
  if (weights.length !== bonds.length) return [];
  const steepness = fromInt(liquid.alphaSigmoidSteepness);
  const low = div(fromInt(liquid.alphaLow), U16_MAX);
  const high = div(fromInt(liquid.alphaHigh), U16_MAX);
  const columns = consensus.length;
  return weights.map((w, i) => {
    const b = bonds[i];
    const alphas: I32F32[] = new Array(columns).fill(ZERO);
    if (w.idx.length === 0 && b.idx.length === 0) return alphas;
    const needed = new Uint8Array(columns);
    for (const j of w.idx) if (j < columns) needed[j] = 1;
    for (const j of b.idx) if (j < columns) needed[j] = 1;
    const weightAt = makeCursor(w);
    const bondAt = makeCursor(b);
    for (let j = 0; j < columns; j++) {
      const weight = weightAt(j);
      const bond = bondAt(j);
      if (needed[j] === 1) alphas[j] = alpha_sigmoid(consensus[j], weight, bond, low, high, steepness);
    }
    return alphas;
  });
}

/** `compute_bonds_sparse`: the Yuma3 bond EMA, with liquid alpha when it is on and consensus is non-zero. */
export function compute_bonds_sparse(
  weights: SparseMatrix,
  bonds: SparseMatrix,
  consensus: readonly I32F32[],
  liquidAlphaOn: boolean,
  liquid: LiquidAlphaParams,
  bondsMovingAverage: bigint,
): SparseMatrix {
  if (liquidAlphaOn && consensus.some((c) => c !== ZERO)) {
    const alphas = compute_liquid_alpha_values_sparse(weights, bonds, consensus, liquid);
    return mat_ema_alpha_sparse(weights, bonds, alphas);
  }
  return mat_ema_sparse(weights, bonds, bondsAlpha(bondsMovingAverage));
}
