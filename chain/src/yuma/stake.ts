/**
 * Stake inputs of the epoch: subtensor's `get_stake_weights_for_network` and the threshold filter.
 */
import type { I32F32 } from './fixed/i32f32.js';
import {
  type I64F64,
  i64f64Add,
  i64f64FromInt,
  i64f64Mul,
  i64f64ToI32F32,
  i64f64ToU64,
  inplace_normalize_64,
  taoWeightToI64F64,
} from './fixed/i64f64.js';

/** Total stake per uid as I64F64: alpha + tao × TaoWeight/u64::MAX. */
export function totalStake(
  stakeAlpha: readonly bigint[],
  stakeTao: readonly bigint[] | undefined,
  taoWeight: bigint,
): I64F64[] {
  const weight = taoWeightToI64F64(taoWeight);
  return stakeAlpha.map((alpha, i) => {
    const tao = stakeTao?.[i] ?? 0n;
    return i64f64Add(i64f64FromInt(alpha), i64f64Mul(i64f64FromInt(tao), weight));
  });
}

/**
 * Normalized stake as I32F32: uids below the stake threshold (except the owner) count as 0, the rest
 * are normalized in I64F64 and then truncated to I32F32.
 */
export function normalizedStake(
  total: readonly I64F64[],
  stakeThreshold: bigint,
  ownerUid: number | null,
): I32F32[] {
  const filtered = total.map((s, uid) => (uid !== ownerUid && i64f64ToU64(s) < stakeThreshold ? 0n : s));
  inplace_normalize_64(filtered);
  return filtered.map(i64f64ToI32F32);
}
