/**
 * Bonds and dividends of the float64 reference epoch (SPEC §4.10): the classic path and the Yuma3 path,
 * with Yuma3's liquid alpha.
 */
import type { EpochParams, SparseRowU16 } from '@subnetkit/chain/yuma';
import { type CsrMatrix, colNormalize } from './csr-matrix.js';
import type { Float64Scratch } from './float64-scratch.js';
import { normalize } from './normalize.js';

/** What {@link float64Bonds} reads: the epoch's parameters, stored bonds and the matrices computed before. */
export interface Float64BondsInput {
  readonly params: EpochParams;
  readonly block: number;
  /** `Bonds` rows as stored (Yuma3: u16 proportions; classic: column-max-upscaled u16). */
  readonly storedBonds: readonly SparseRowU16[];
  /** `BlockAtRegistration` per uid. */
  readonly registered: Float64Array;
  /** Masked, row-normalized weights W. */
  readonly weights: CsrMatrix;
  /** Clipped weights W̄. */
  readonly clipped: CsrMatrix;
  readonly consensus: Float64Array;
  readonly incentive: Float64Array;
  readonly activeStake: Float64Array;
}

/** New bonds (Yuma3: proportions; classic: column-max-upscaled fractions; in the scratch) and normalized dividends. */
export interface Float64BondsOutput {
  readonly bonds: CsrMatrix;
  readonly dividends: Float64Array;
}

/**
 * Computes the bond EMA and the dividends it pays.
 *
 * @example
 * ```ts
 * const { bonds, dividends } = float64Bonds(scratch, { params, block, storedBonds, registered, weights, clipped,
 *   consensus, incentive, activeStake });
 * ```
 */
export function float64Bonds(scratch: Float64Scratch, input: Float64BondsInput): Float64BondsOutput {
  const { params: p, weights, clipped, consensus, incentive, activeStake } = input;
  const n = p.n;
  const penalty = p.bondsPenalty / 65535;
  const weightsForBonds =
    penalty === 0 ? weights : penalty === 1 ? clipped : interpolate(scratch, weights, clipped, penalty);
  const alpha = 1 - Number(p.bondsMovingAverage) / 1e6;
  const old = readBonds(scratch, input);

  if (p.yuma3) {
    const bonds =
      p.liquidAlpha && consensus.some((c) => c !== 0)
        ? emaLiquidAlpha(scratch, weightsForBonds, old, consensus, p)
        : ema(scratch, weightsForBonds, old, alpha, n);
    const colSums = new Float64Array(n);
    const end = bonds.rowPtr[n];
    for (let e = 0; e < end; e++) colSums[bonds.col[e]] += bonds.val[e];
    const dividends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let t = 0;
      for (let e = bonds.rowPtr[i]; e < bonds.rowPtr[i + 1]; e++) {
        const j = bonds.col[e];
        const d = colSums[j];
        t += (d !== 0 ? bonds.val[e] / d : bonds.val[e]) * incentive[j];
      }
      dividends[i] = t * activeStake[i];
    }
    normalize(dividends);
    return { bonds, dividends };
  }

  colNormalize(old, n);
  const delta = scratch.csr('delta', n, weightsForBonds.rowPtr[n]);
  delta.rowPtr.set(weightsForBonds.rowPtr);
  delta.col.set(weightsForBonds.col.subarray(0, weightsForBonds.rowPtr[n]));
  for (let i = 0; i < n; i++) {
    for (let e = delta.rowPtr[i]; e < delta.rowPtr[i + 1]; e++)
      delta.val[e] = weightsForBonds.val[e] * activeStake[i];
  }
  colNormalize(delta, n);
  const bonds = ema(scratch, delta, old, alpha, n);
  colNormalize(bonds, n);
  const dividends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let e = bonds.rowPtr[i]; e < bonds.rowPtr[i + 1]; e++) d += bonds.val[e] * incentive[bonds.col[e]];
    dividends[i] = d;
  }
  normalize(dividends);
  colMaxUpscale(bonds, n);
  return { bonds, dividends };
}

/** Stored bonds → CSR, dropping columns of uids registered since the last epoch (Yuma3 values as proportions). */
function readBonds(scratch: Float64Scratch, input: Float64BondsInput): CsrMatrix {
  const { params: p, storedBonds: rows, registered } = input;
  const n = p.n;
  const step = Number(p.lastMechanismStepBlock);
  const tempo = Number(p.tempo);
  const lastTempo = step === 0 ? Math.max(input.block - tempo, 0) : step + 1;
  const scale = p.yuma3 ? 1 / 65535 : 1;
  let capacity = 0;
  for (let i = 0; i < n; i++) capacity += rows[i]?.uids.length ?? 0;
  const m = scratch.csr('oldBonds', n, capacity);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const size = row === undefined ? 0 : row.uids.length;
    for (let k = 0; k < size; k++) {
      const j = row.uids[k];
      if (j >= n || lastTempo <= registered[j]) continue;
      m.col[e] = j;
      m.val[e] = row.values[k] * scale;
      e++;
    }
    m.rowPtr[i + 1] = e;
  }
  return m;
}

/** `interpolate_sparse`: W + ratio · (W̄ − W), keeping positive values (W̄'s entries are a subset of W's). */
function interpolate(
  scratch: Float64Scratch,
  weights: CsrMatrix,
  clipped: CsrMatrix,
  ratio: number,
): CsrMatrix {
  const m = scratch.csr('weightsForBonds', weights.rows, weights.rowPtr[weights.rows]);
  let e = 0;
  for (let i = 0; i < weights.rows; i++) {
    let y = clipped.rowPtr[i];
    for (let x = weights.rowPtr[i]; x < weights.rowPtr[i + 1]; x++) {
      const j = weights.col[x];
      const w = weights.val[x];
      const c = y < clipped.rowPtr[i + 1] && clipped.col[y] === j ? clipped.val[y++] : 0;
      const v = w + ratio * (c - w);
      if (v > 0) {
        m.col[e] = j;
        m.val[e] = v;
        e++;
      }
    }
    m.rowPtr[i + 1] = e;
  }
  return m;
}

/** `mat_ema_sparse`: alpha · new + (1 − alpha) · old over the union of entries, keeping values > 0. */
function ema(scratch: Float64Scratch, next: CsrMatrix, old: CsrMatrix, alpha: number, n: number): CsrMatrix {
  let capacity = 0;
  for (let i = 0; i < n; i++) {
    const entries = next.rowPtr[i + 1] - next.rowPtr[i] + old.rowPtr[i + 1] - old.rowPtr[i];
    capacity += Math.min(entries, n);
  }
  const m = scratch.csr('bonds', n, capacity);
  const acc = scratch.f64('acc', n);
  const seen = scratch.i32('seen', n);
  const touched = scratch.i32('touched', n);
  let e = 0;
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let x = next.rowPtr[i]; x < next.rowPtr[i + 1]; x++) {
      const j = next.col[x];
      acc[j] += alpha * next.val[x];
      if (seen[j] === 0) {
        seen[j] = 1;
        touched[count++] = j;
      }
    }
    for (let x = old.rowPtr[i]; x < old.rowPtr[i + 1]; x++) {
      const j = old.col[x];
      acc[j] += (1 - alpha) * old.val[x];
      if (seen[j] === 0) {
        seen[j] = 1;
        touched[count++] = j;
      }
    }
    for (let t = 0; t < count; t++) {
      const j = touched[t];
      if (acc[j] > 0) {
        m.col[e] = j;
        m.val[e] = acc[j];
        e++;
      }
      acc[j] = 0;
      seen[j] = 0;
    }
    m.rowPtr[i + 1] = e;
  }
  return m;
}

/**
 * `mat_ema_alpha_sparse` with `alpha_sigmoid`: min(1, (1 − α_ij) · b_ij + max(0, α_ij · w_ij)) for the
 * entries of the weight row only (an old bond whose column the validator no longer lists is dropped).
 */
function emaLiquidAlpha(
  scratch: Float64Scratch,
  next: CsrMatrix,
  old: CsrMatrix,
  consensus: Float64Array,
  p: EpochParams,
): CsrMatrix {
  const n = p.n;
  const low = p.alphaLow / 65535;
  const high = p.alphaHigh / 65535;
  const slope = p.alphaSigmoidSteepness / -100;
  const m = scratch.csr('bonds', n, next.rowPtr[n]);
  const bondRow = scratch.f64('bondRow', n);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let x = old.rowPtr[i]; x < old.rowPtr[i + 1]; x++) bondRow[old.col[x]] = old.val[x];
    for (let x = next.rowPtr[i]; x < next.rowPtr[i + 1]; x++) {
      const j = next.col[x];
      const w = next.val[x];
      const b = bondRow[j];
      const diff = w >= b ? w - consensus[j] : b - w;
      const exponent = slope * (Math.min(Math.max(diff, 0), 1) - 0.5);
      const sigmoid = 1 / (1 + Math.exp(Math.min(Math.max(exponent, -20), 20)));
      const a = Math.min(Math.max(low + sigmoid * (high - low), low), high);
      const v = Math.min((1 - a) * b + Math.max(a * w, 0), 1);
      if (v > 0) {
        m.col[e] = j;
        m.val[e] = v;
        e++;
      }
    }
    for (let x = old.rowPtr[i]; x < old.rowPtr[i + 1]; x++) bondRow[old.col[x]] = 0;
    m.rowPtr[i + 1] = e;
  }
  return m;
}

/** `inplace_col_max_upscale_sparse`: each entry divided by its column's maximum (when non-zero). */
function colMaxUpscale(m: CsrMatrix, columns: number): void {
  const maxes = new Float64Array(columns);
  const end = m.rowPtr[m.rows];
  for (let e = 0; e < end; e++) if (maxes[m.col[e]] < m.val[e]) maxes[m.col[e]] = m.val[e];
  for (let e = 0; e < end; e++) {
    const d = maxes[m.col[e]];
    if (d !== 0) m.val[e] /= d;
  }
}
