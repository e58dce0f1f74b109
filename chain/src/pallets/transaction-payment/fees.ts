/** Fee per byte of extrinsic, in rao. */
export const TRANSACTION_BYTE_FEE = 1n;
/** Reference-time weight of the extrinsic base (signature checks and extensions). */
export const EXTRINSIC_BASE_WEIGHT = 125_000_000n;
/** Proof-size weight reported for every extrinsic. */
export const EXTRINSIC_PROOF_SIZE = 4_000n;

/**
 * The fee of an extrinsic: `len × byteFee + weight / 1000` (linear weight-to-fee), in rao.
 *
 * @example
 * computeFee(150, 190_000_000n) // 190150n
 */
export function computeFee(length: number, refTime: bigint): bigint {
  return BigInt(length) * TRANSACTION_BYTE_FEE + refTime / 1000n;
}
