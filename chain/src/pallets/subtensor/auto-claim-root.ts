/**
 * The automatic root claims of each block (subtensor `run_auto_claim_root_divs`): `NumRootClaim` slots of the
 * staking-coldkey index, drawn from the parent block's hash, claim all their root dividends. A claim that fails is
 * skipped (its transaction rolled back), as subtensor logs and goes on.
 */
import { type DispatchContext, DispatchFailure } from '../../frame/define-pallet.js';
import { doRootClaim } from './root-claim.js';
import { NumRootClaim, NumStakingColdkeys, StakingColdkeysByIndex } from './root-claim-storage.js';

const U64_MAX = (1n << 64n) - 1n;

function u64At(bytes: Uint8Array, offset: number): bigint {
  let v = 0n;
  for (let i = offset; i < offset + 8; i++) v = (v << 8n) | BigInt(bytes[i] ?? 0);
  return v;
}

/**
 * `block_hash_to_indices`: up to `k` distinct indices below `n`, sorted. The first 8 bytes of the hash (big-endian)
 * start a walk whose steps are the hash's 8-byte words in turn, each position taken modulo `n` (0 when `n` is 0).
 *
 * @example
 * blockHashToIndices(parentHash, 5n, 100n) // e.g. [3n, 17n, 42n, 61n, 90n]
 */
export function blockHashToIndices(blockHash: Uint8Array, k: bigint, n: bigint): bigint[] {
  const indices = new Set<bigint>();
  let last = u64At(blockHash, 0);
  for (let i = 0n; i < k; i++) {
    const step = u64At(blockHash, Number((i * 8n) % 32n));
    const sum = last + step > U64_MAX ? U64_MAX : last + step;
    const idx = n === 0n ? 0n : sum % n;
    indices.add(idx);
    last = idx;
  }
  return [...indices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * `run_auto_claim_root_divs(last_block_hash)`: claims for the coldkeys at the drawn slots of the index.
 *
 * @example
 * runAutoClaimRootDivs(ctx, parentHash);
 */
export function runAutoClaimRootDivs(ctx: DispatchContext, parentHash: Uint8Array): void {
  const n = NumStakingColdkeys.get(ctx.state);
  const k = NumRootClaim.get(ctx.state);
  for (const i of blockHashToIndices(parentHash, k, n)) {
    const coldkey = StakingColdkeysByIndex.get(ctx.state, i);
    if (coldkey === undefined) continue;
    try {
      doRootClaim(ctx, coldkey, undefined);
    } catch (error) {
      if (!(error instanceof DispatchFailure)) throw error;
    }
  }
}
