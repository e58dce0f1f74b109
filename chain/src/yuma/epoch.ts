/**
 * One Yuma consensus epoch: subtensor's sparse `epoch_mechanism` (`run_epoch.rs`), step by step.
 * Pure: it reads only its input and returns the values the pallet stores and pays out.
 */
import { bondsAlpha, compute_bonds_sparse } from './bonds.js';
import { add, div, fromInt, type I32F32, toU16Proportion, U16_MAX as U16_MAX_BITS } from './fixed/i32f32.js';
import { i64f64ToU64, i96f32FromI32F32, i96f32FromInt, i96f32Mul, i96f32ToU64 } from './fixed/i64f64.js';
import { mat_ema_sparse } from './math/ema.js';
import {
  col_clip_sparse,
  inplace_col_max_upscale_sparse,
  inplace_col_normalize_sparse,
  inplace_row_normalize_sparse,
  interpolate_sparse,
  matmul_sparse,
  matmul_transpose_sparse,
  row_hadamard_sparse,
  row_sum_sparse,
  type SparseMatrix,
} from './math/sparse-matrix.js';
import {
  inplace_mask_vector,
  inplace_normalize,
  inplace_normalize_using_sum,
  is_topk_nonzero,
  is_zero,
  sum,
  vec_mul,
} from './math/vector.js';
import { weighted_median_col_sparse } from './math/weighted-median.js';
import { readBonds, readWeights } from './read-matrices.js';
import { normalizedStake, totalStake } from './stake.js';
import type { EpochInput, EpochOutput, SparseRowU16 } from './types.js';
import { totalBondsPerValidator } from './validator-bonds.js';

// Module-local copies: V8 reads a module's own constants much faster than imported bindings in hot loops.
const U16_MAX: I32F32 = U16_MAX_BITS;

const U64_MAX = (1n << 64n) - 1n;

/** `last_tempo`: the block after the last successful epoch, or one tempo back when there was none. */
function lastTempo(lastMechanismStepBlock: bigint, block: bigint, tempo: bigint): bigint {
  if (lastMechanismStepBlock === 0n) return block > tempo ? block - tempo : 0n;
  return lastMechanismStepBlock + 1n;
}

/** Normalized shares × rao, floored to u64 (I96F32 arithmetic). */
function toRao(shares: readonly I32F32[], raoEmission: bigint): bigint[] {
  const rao = i96f32FromInt(raoEmission);
  return shares.map((s) => i96f32ToU64(i96f32Mul(i96f32FromI32F32(s), rao)));
}

/**
 * Runs one epoch.
 *
 * @example
 * ```ts
 * const out = epoch({ params, block: 100n, raoEmission: 1_000_000_000n, state });
 * out.incentive; // u16 per uid
 * ```
 */
export function epoch(input: EpochInput): EpochOutput {
  const { params: p, block, raoEmission, state: s } = input;
  const n = p.n;

  // Activity: a uid is inactive when it has not updated within the cutoff (iterates last_update's length).
  const inactive = s.lastUpdate.map((updated) => {
    const until = updated + p.activityCutoffBlocks;
    return (until > U64_MAX ? U64_MAX : until) < block;
  });
  const active = inactive.map((b) => !b);

  // Stake, with the threshold filter (the owner is exempt).
  const total = totalStake(s.stakeAlpha, s.stakeTao, p.taoWeight);
  const stake = normalizedStake(total, p.stakeThreshold, p.ownerUid);

  // Validator permits: stored ones are used now, the new top-k take effect next epoch.
  const owner = p.ownerUid;
  const validatorPermits = s.validatorPermit.slice();
  if (owner !== null && owner < validatorPermits.length) validatorPermits[owner] = true;
  const validatorForbids = validatorPermits.map((b) => !b);
  const newValidatorPermits = is_topk_nonzero(stake, p.maxAllowedValidators);
  if (owner !== null && owner < newValidatorPermits.length) newValidatorPermits[owner] = true;

  // Active stake: permitted, active validators only.
  const activeStake = stake.slice();
  inplace_mask_vector(inactive, activeStake);
  inplace_mask_vector(validatorForbids, activeStake);
  inplace_normalize(activeStake);

  // Weights, masked (read, validator rows, diagonal, outdated, commit-reveal) and row-normalized.
  const weights = readWeights(s.weights, n, {
    forbidden: validatorForbids,
    owner,
    lastUpdate: s.lastUpdate,
    blockAtRegistration: s.blockAtRegistration,
    ...(p.commitRevealEnabled
      ? { commitBlock: Array.from({ length: n }, (_, i) => s.commitBlock?.[i] ?? U64_MAX) }
      : {}),
  });
  inplace_row_normalize_sparse(weights);

  // Consensus, clipping, validator trust, incentive.
  const kappa = div(fromInt(p.kappa), U16_MAX);
  const consensus = weighted_median_col_sparse(activeStake, weights, n, kappa);
  const clippedWeights = col_clip_sparse(weights, consensus);
  const validatorTrust = row_sum_sparse(clippedWeights);
  const incentive = matmul_sparse(clippedWeights, activeStake, n);
  inplace_normalize(incentive);

  // Bonds and dividends.
  const bondsPenalty = div(fromInt(p.bondsPenalty), U16_MAX);
  const weightsForBonds = interpolate_sparse(weights, clippedWeights, n, bondsPenalty);
  const since = lastTempo(p.lastMechanismStepBlock, block, p.tempo);
  let dividends: I32F32[];
  let emaBonds: SparseMatrix;
  if (p.yuma3) {
    // Yuma3 stores bonds as proportions: `get_bonds_sparse_fixed_proportion`.
    const bonds = readBonds(s.bonds, n, since, s.blockAtRegistration, true);
    emaBonds = compute_bonds_sparse(
      weightsForBonds,
      bonds,
      consensus,
      p.liquidAlpha,
      p,
      p.bondsMovingAverage,
    );
    dividends = vec_mul(totalBondsPerValidator(emaBonds, incentive, n), activeStake);
    inplace_normalize(dividends);
  } else {
    const bonds = readBonds(s.bonds, n, since, s.blockAtRegistration, false);
    inplace_col_normalize_sparse(bonds, n);
    const bondsDelta = row_hadamard_sparse(weightsForBonds, activeStake);
    inplace_col_normalize_sparse(bondsDelta, n);
    emaBonds = mat_ema_sparse(bondsDelta, bonds, bondsAlpha(p.bondsMovingAverage));
    inplace_col_normalize_sparse(emaBonds, n);
    dividends = matmul_transpose_sparse(emaBonds, incentive);
    inplace_normalize(dividends);
    inplace_col_max_upscale_sparse(emaBonds, n);
  }

  // Emission split between servers (incentive) and validators (dividends).
  const pairs = Math.min(incentive.length, dividends.length);
  const combined: I32F32[] = Array.from({ length: pairs }, (_, i) => add(incentive[i], dividends[i]));
  const emissionSum = sum(combined);
  const serverShare = incentive.slice();
  let validatorShare = dividends.slice();
  let combinedShare = combined.slice();
  inplace_normalize_using_sum(serverShare, emissionSum);
  inplace_normalize_using_sum(validatorShare, emissionSum);
  inplace_normalize(combinedShare);
  if (emissionSum === 0) {
    // No weights, outdated weights or only self-weights: emission follows (active) stake.
    const fallback = is_zero(activeStake) ? stake : activeStake;
    validatorShare = fallback.slice();
    combinedShare = fallback.slice();
  }
  const serverEmission = toRao(serverShare, raoEmission);
  const validatorEmission = toRao(validatorShare, raoEmission);
  const emission = toRao(combinedShare, raoEmission);

  const at = <T>(v: readonly T[], i: number, fallback: T): T => (i < v.length ? v[i] : fallback);
  const uids = Array.from({ length: n }, (_, i) => i);
  return {
    consensus: uids.map((i) => toU16Proportion(at(consensus, i, 0))),
    validatorTrust: uids.map((i) => toU16Proportion(at(validatorTrust, i, 0))),
    incentive: uids.map((i) => toU16Proportion(at(incentive, i, 0))),
    dividends: uids.map((i) => toU16Proportion(at(dividends, i, 0))),
    serverEmission: uids.map((i) => at(serverEmission, i, 0n)),
    validatorEmission: uids.map((i) => at(validatorEmission, i, 0n)),
    emission: uids.map((i) => at(emission, i, 0n)),
    newValidatorPermit: uids.map((i) => at(newValidatorPermits, i, false)),
    active: uids.map((i) => at(active, i, false)),
    stakeWeight: uids.map((i) => toU16Proportion(at(stake, i, 0))),
    bonds: uids.map((i): SparseRowU16 => {
      const row = emaBonds[i];
      if (!at(newValidatorPermits, i, false) || row === undefined)
        return { uids: new Uint16Array(0), values: new Uint16Array(0) };
      const values = new Uint16Array(row.idx.length);
      for (let k = 0; k < values.length; k++) values[k] = toU16Proportion(row.val[k]);
      return { uids: Uint16Array.from(row.idx), values };
    }),
    stake: uids.map((i) => i64f64ToU64(at(total, i, 0n))),
  };
}
