/**
 * The subnet's epoch schedule at the chain head: what bittensor-drand's `generate_commit_v2` reads from storage to
 * predict when the chain reveals a commit (subtensor's stateful tempo model).
 *
 * @example
 * const state: EpochScheduleState = { lastEpochBlock: 100n, pendingEpochAt: 0n, subnetEpochIndex: 5n, tempo: 10, blocksSinceLastStep: 3n, currentBlock: 103n };
 */
export type EpochScheduleState = {
  /** `LastEpochBlock[netuid]`. */
  readonly lastEpochBlock: bigint;
  /** `PendingEpochAt[netuid]` (0 = none). */
  readonly pendingEpochAt: bigint;
  /** `SubnetEpochIndex[netuid]`. */
  readonly subnetEpochIndex: bigint;
  /** `Tempo[netuid]`. */
  readonly tempo: number;
  /** `BlocksSinceLastStep[netuid]`. */
  readonly blocksSinceLastStep: bigint;
  /** The head block number. */
  readonly currentBlock: bigint;
};

/** subtensor's `MaxTempo`: past it without an epoch, one runs regardless. */
const MAX_TEMPO = 50_400n;
/** A commit submitted against the head lands in the next block. */
const INCLUSION_OFFSET = 1n;

/** subtensor's `should_run_epoch` for tempo > 0 (`predictFirstRevealBlock` simulates no tempo-0 subnet). */
function shouldRunEpoch(state: EpochScheduleState, block: bigint): boolean {
  if (state.pendingEpochAt > 0n && block >= state.pendingEpochAt) return true;
  if (state.blocksSinceLastStep > MAX_TEMPO) return true;
  return block - state.lastEpochBlock >= BigInt(state.tempo);
}

/** `current_epoch_with_lookahead` at `block`, before that block's coinbase. */
function epochBeforeCoinbase(state: EpochScheduleState, block: bigint): bigint {
  return state.subnetEpochIndex + (shouldRunEpoch(state, block) ? 1n : 0n);
}

/** The schedule after `block`'s coinbase (no `MaxEpochsPerBlock` deferral). */
function afterCoinbase(state: EpochScheduleState, block: bigint): EpochScheduleState {
  const next = { ...state, blocksSinceLastStep: state.blocksSinceLastStep + 1n, currentBlock: block };
  if (!shouldRunEpoch(next, block)) return next;
  return {
    ...next,
    lastEpochBlock: block,
    pendingEpochAt: 0n,
    subnetEpochIndex: next.subnetEpochIndex + 1n,
    blocksSinceLastStep: 0n,
  };
}

/**
 * The first block at which the chain reveals a commit submitted against `state`'s head, by simulating the block
 * step (the reveal runs before the coinbase advances the epoch) from the inclusion block until the epoch is the
 * commit epoch + `revealPeriodEpochs`. Resolves the same block as bittensor-drand's `predict_first_reveal_block`;
 * `undefined` when the subnet runs no epochs (tempo 0).
 *
 * @example
 * predictFirstRevealBlock({ lastEpochBlock: 100n, pendingEpochAt: 0n, subnetEpochIndex: 5n, tempo: 10,
 *   blocksSinceLastStep: 3n, currentBlock: 103n }, 1n); // 110n: the next epoch's block
 */
export function predictFirstRevealBlock(
  state: EpochScheduleState,
  revealPeriodEpochs: bigint,
): bigint | undefined {
  if (state.tempo === 0) return undefined;
  const inclusion = state.currentBlock + INCLUSION_OFFSET;
  let schedule = state;
  const target = epochBeforeCoinbase(schedule, inclusion) + revealPeriodEpochs;
  const bound = inclusion + (revealPeriodEpochs + 1n) * MAX_TEMPO;
  // An epoch runs at least every MaxTempo + 2 blocks, so below 25,200 reveal epochs the reveal comes before the bound.
  // Stryker disable next-line EqualityOperator: equivalent, the bound is never reached
  for (let block = inclusion; block <= bound; block++) {
    if (epochBeforeCoinbase(schedule, block) === target) return block;
    schedule = afterCoinbase(schedule, block);
  }
  return undefined;
}
