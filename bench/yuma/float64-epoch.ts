/**
 * A plain float64 Yuma epoch: the same steps as subtensor's sparse `epoch_mechanism` (SPEC §4.1–4.11) on
 * typed arrays, without the fixed-point rounding. It is the bench's speed-of-light reference for the exact
 * module, not a replacement for it: results agree only to float precision vs I32F32 truncation.
 */
import type { EpochInput, SparseRowU16 } from '@subnetkit/chain/yuma';
import type { CsrMatrix } from './csr-matrix.js';
import { float64Bonds } from './float64-bonds.js';
import { Float64Scratch } from './float64-scratch.js';
import { float64WeightedMedianColumns } from './float64-weighted-median.js';
import { normalize } from './normalize.js';

/** Per-uid results of {@link float64Epoch}: fractions where the exact module returns u16, rao as floats. */
export interface Float64EpochOutput {
  readonly consensus: Float64Array;
  readonly validatorTrust: Float64Array;
  readonly incentive: Float64Array;
  readonly dividends: Float64Array;
  readonly serverEmission: Float64Array;
  readonly validatorEmission: Float64Array;
  readonly emission: Float64Array;
  /** 1 for uids that get a validator permit next epoch. */
  readonly newValidatorPermit: Uint8Array;
  readonly active: Uint8Array;
  /** Normalized stake. */
  readonly stakeWeight: Float64Array;
  /**
   * New bonds as fractions (Yuma3: proportions; classic: column-max-upscaled), for every row. It lives in the
   * scratch passed to {@link float64Epoch}: valid until the next call with that scratch.
   */
  readonly bonds: CsrMatrix;
}

/** u64::MAX, the denominator of `TaoWeight`, as the nearest float64 (2^64). */
const U64_MAX = 2 ** 64;

/**
 * Runs one epoch in float64. Pass the same `scratch` to repeated calls to reuse its large buffers.
 *
 * @example
 * ```ts
 * const input = generateEpochInput({ n: 256, validators: 64, density: 'dense' });
 * const out = float64Epoch(input, new Float64Scratch());
 * out.incentive; // Float64Array, sums to 1
 * ```
 */
export function float64Epoch(input: EpochInput, scratch = new Float64Scratch()): Float64EpochOutput {
  const { params: p, state: s } = input;
  const n = p.n;
  const block = Number(input.block);
  const owner = p.ownerUid;

  // §4.1 Activity (over last_update's length; missing entries are inactive, an empty vector masks nothing).
  const lastUpdate = toFloat64(s.lastUpdate, n);
  const registered = toFloat64(s.blockAtRegistration, n);
  const cutoff = Number(p.activityCutoffBlocks);
  const active = new Uint8Array(n);
  for (let i = 0; i < Math.min(n, s.lastUpdate.length); i++)
    active[i] = lastUpdate[i] + cutoff < block ? 0 : 1;

  // §4.2 Stake, threshold-filtered (the owner is exempt) and normalized.
  const taoWeight = Number(p.taoWeight) / U64_MAX;
  const threshold = Number(p.stakeThreshold);
  const stake = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const total = Number(s.stakeAlpha[i]) + Number(s.stakeTao?.[i] ?? 0n) * taoWeight;
    stake[i] = i !== owner && Math.floor(total) < threshold ? 0 : total;
  }
  normalize(stake);

  // §4.3 Permits: stored ones apply now (missing = forbidden), the new top-k apply next epoch.
  const permits = s.validatorPermit;
  const forbid = new Uint8Array(n);
  for (let i = 0; i < n; i++) forbid[i] = i < permits.length && (permits[i] || i === owner) ? 0 : 1;
  const newValidatorPermit = topkNonzero(stake, p.maxAllowedValidators);
  if (owner !== null && owner < n) newValidatorPermit[owner] = 1;

  // §4.4 Active stake.
  const activeStake = stake.slice();
  for (let i = 0; i < n; i++) {
    const inactive = s.lastUpdate.length > 0 && active[i] === 0;
    if (inactive || (permits.length > 0 && forbid[i] === 1)) activeStake[i] = 0;
  }
  normalize(activeStake);

  // §4.5–4.6 Weights: masked rows, diagonal, outdated and commit-reveal entries; row-normalized.
  const commit = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  if (p.commitRevealEnabled && s.commitBlock) {
    for (let i = 0; i < n; i++) {
      const c = s.commitBlock[i];
      if (c !== null && c !== undefined) commit[i] = Number(c);
    }
  }
  const weights = readWeights(scratch, s.weights, n, forbid, owner, lastUpdate, registered, commit);

  // §4.7 Consensus; §4.8 clipping and validator trust; §4.9 incentive.
  const consensus = float64WeightedMedianColumns(scratch, activeStake, weights, n, p.kappa / 65535);
  const clipped = clip(scratch, weights, consensus);
  const validatorTrust = new Float64Array(n);
  const incentive = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let trust = 0;
    const a = activeStake[i];
    for (let e = clipped.rowPtr[i]; e < clipped.rowPtr[i + 1]; e++) {
      trust += clipped.val[e];
      incentive[clipped.col[e]] += a * clipped.val[e];
    }
    validatorTrust[i] = trust;
  }
  normalize(incentive);

  // §4.10 Bonds and dividends.
  const { bonds, dividends } = float64Bonds(scratch, {
    params: p,
    block,
    storedBonds: s.bonds,
    registered,
    weights,
    clipped,
    consensus,
    incentive,
    activeStake,
  });

  // §4.11 Emission split.
  let emissionSum = 0;
  for (let i = 0; i < n; i++) emissionSum += incentive[i] + dividends[i];
  let validatorShare = new Float64Array(n);
  let combinedShare = new Float64Array(n);
  const serverShare = new Float64Array(n);
  if (emissionSum !== 0) {
    for (let i = 0; i < n; i++) {
      serverShare[i] = incentive[i] / emissionSum;
      validatorShare[i] = dividends[i] / emissionSum;
      combinedShare[i] = validatorShare[i] + serverShare[i];
    }
  } else {
    const fallback = sum(activeStake) === 0 ? stake : activeStake;
    validatorShare = fallback.slice();
    combinedShare = fallback.slice();
  }
  const rao = Number(input.raoEmission);
  return {
    consensus,
    validatorTrust,
    incentive,
    dividends,
    serverEmission: toRao(serverShare, rao),
    validatorEmission: toRao(validatorShare, rao),
    emission: toRao(combinedShare, rao),
    newValidatorPermit,
    active,
    stakeWeight: stake,
    bonds,
  };
}

/** Stored weights → CSR: rows of forbidden uids emptied, masked entries dropped, rows normalized. */
function readWeights(
  scratch: Float64Scratch,
  rows: readonly SparseRowU16[],
  n: number,
  forbid: Uint8Array,
  owner: number | null,
  lastUpdate: Float64Array,
  registered: Float64Array,
  commit: Float64Array,
): CsrMatrix {
  let capacity = 0;
  for (let i = 0; i < n; i++) if (forbid[i] === 0) capacity += rows[i]?.uids.length ?? 0;
  const m = scratch.csr('weights', n, capacity);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const start = e;
    if (forbid[i] === 0 && row !== undefined) {
      const updated = lastUpdate[i];
      const committed = commit[i];
      let total = 0;
      for (let k = 0; k < row.uids.length; k++) {
        const j = row.uids[k];
        if (j >= n || (j === i && i !== owner)) continue;
        if (updated <= registered[j] || committed < registered[j]) continue;
        m.col[e] = j;
        m.val[e] = row.values[k];
        total += row.values[k];
        e++;
      }
      if (total > 0) for (let x = start; x < e; x++) m.val[x] /= total;
    }
    m.rowPtr[i + 1] = e;
  }
  return m;
}

/** `col_clip_sparse`: min(w_ij, c_j); an entry above a consensus ≤ 0 is dropped. */
function clip(scratch: Float64Scratch, weights: CsrMatrix, consensus: Float64Array): CsrMatrix {
  const m = scratch.csr('clipped', weights.rows, weights.rowPtr[weights.rows]);
  let e = 0;
  for (let i = 0; i < weights.rows; i++) {
    for (let x = weights.rowPtr[i]; x < weights.rowPtr[i + 1]; x++) {
      const j = weights.col[x];
      const w = weights.val[x];
      const c = consensus[j];
      if (c < w && c <= 0) continue;
      m.col[e] = j;
      m.val[e] = Math.min(c, w);
      e++;
    }
    m.rowPtr[i + 1] = e;
  }
  return m;
}

/** `is_topk_nonzero`: the k largest non-zero values; a stable ascending sort drops the first len − k. */
function topkNonzero(x: Float64Array, k: number): Uint8Array {
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] !== 0 ? 1 : 0;
  if (x.length < k) return out;
  const order = Int32Array.from(x.keys()).sort((a, b) => x[a] - x[b] || a - b);
  for (let r = 0; r < x.length - k; r++) out[order[r]] = 0;
  return out;
}

function toFloat64(values: readonly bigint[], n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < Math.min(n, values.length); i++) out[i] = Number(values[i]);
  return out;
}

function sum(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s;
}

function toRao(shares: Float64Array, rao: number): Float64Array {
  return shares.map((share) => Math.floor(share * rao));
}
