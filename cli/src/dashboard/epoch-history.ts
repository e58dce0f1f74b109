import type { Metagraph } from '@subnetkit/sdk';

/** The per-neuron values of one epoch, indexed by uid (`hotkeys[uid]` held the uid then). */
export type EpochSample = {
  /** The block the epoch ran at (the metagraph's `lastStep`). */
  readonly lastStep: number;
  /** The block of the newest snapshot seen for this epoch. */
  readonly block: number;
  readonly hotkeys: string[];
  /** Stake (alpha + weighted root TAO) in tokens. */
  readonly stake: number[];
  readonly incentive: number[];
  readonly dividends: number[];
  /** Alpha per epoch. */
  readonly emission: number[];
};

/**
 * Adds `metagraph` to `samples` (oldest first) and returns the new list: a snapshot of a new epoch (a `lastStep`
 * not seen yet) appends a sample, a later snapshot of the newest epoch replaces that epoch's sample, an older
 * snapshot changes nothing. At most `limit` samples are kept (the oldest go first). Pure: `samples` is not modified.
 *
 * @example
 * let history: readonly EpochSample[] = [];
 * history = appendEpochSample(history, metagraph, 256);
 */
export function appendEpochSample(
  samples: readonly EpochSample[],
  metagraph: Metagraph,
  limit: number,
): readonly EpochSample[] {
  const newest = samples.at(-1);
  if (newest !== undefined && (metagraph.lastStep < newest.lastStep || metagraph.block < newest.block)) {
    return samples;
  }
  const sample: EpochSample = {
    lastStep: metagraph.lastStep,
    block: metagraph.block,
    hotkeys: [...metagraph.hotkeys],
    stake: Array.from(metagraph.stake.total),
    incentive: Array.from(metagraph.incentive),
    dividends: Array.from(metagraph.dividends),
    emission: Array.from(metagraph.emission),
  };
  const kept = newest?.lastStep === metagraph.lastStep ? samples.slice(0, -1) : samples;
  return [...kept, sample].slice(-limit);
}
