import { QUICKNET } from '@subnetkit/drand';

/**
 * Blocks after the first reveal block whose time the reveal round targets (bittensor-drand's security offset).
 *
 * @example
 * const target = firstRevealBlock + SECURITY_BLOCK_OFFSET;
 */
export const SECURITY_BLOCK_OFFSET = 3n;

/**
 * bittensor-drand's `generate_commit_v2` reveal round: the quicknet round current `blockTime` seconds per block
 * after `now`, at the first reveal block + `SECURITY_BLOCK_OFFSET`, rounded down, at least 1. This is what the
 * Python SDK commits to a real subtensor; `commitTimelockedWeights` anchors on the chain's own drand rounds instead.
 *
 * @example
 * revealRoundFromClock({ firstRevealBlock: 1_010n, currentBlock: 1_000n, blockTime: 12, nowSeconds: Date.now() / 1000 });
 */
export function revealRoundFromClock(parameters: {
  firstRevealBlock: bigint;
  currentBlock: bigint;
  /** Seconds per block (12 on finney). */
  blockTime: number;
  /** Unix time in seconds. */
  nowSeconds: number;
  /** The beacon's schedule; quicknet's by default. */
  beacon?: { genesisTime: number; period: number };
}): bigint {
  const { genesisTime, period } = parameters.beacon ?? QUICKNET;
  const target = parameters.firstRevealBlock + SECURITY_BLOCK_OFFSET;
  // A target already past counts from now.
  const blocks = Math.max(0, Number(target - parameters.currentBlock));
  const round = Math.floor((parameters.nowSeconds + blocks * parameters.blockTime - genesisTime) / period);
  return BigInt(Math.max(1, round));
}
