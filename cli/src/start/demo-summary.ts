import type { DemoMinerState, DemoState, DemoValidatorState } from './demo-state.js';

/** What `subnetkit start` prints when it stops (`--json` prints exactly this). */
export type DemoSummary = {
  netuid: number;
  /** The last block. */
  block: number;
  tempo: number;
  /** Epochs that ran while the demo ran. */
  epochs: number;
  /** Why it stopped: the `--epochs` goal was reached, or SIGINT/SIGTERM. */
  stoppedBy: 'epochs' | 'signal';
  /** Wall time from the command's start, setup included (ms). */
  durationMs: number;
  /** What the miners' `accuracy` is measured on: the held-out digits augmented as validators' challenges are. */
  accuracyOn: 'augmented held-out digits';
  /** Whether every miner with a more accurate model received more emission than every less accurate one. */
  emissionOrderedByAccuracy: boolean;
  miners: DemoMinerState[];
  validators: DemoValidatorState[];
};

/**
 * Whether the miners' emission strictly increases with their models' accuracy.
 *
 * @example
 * emissionOrderedByAccuracy([{ accuracy: 0.1, emission: 1 }, { accuracy: 0.9, emission: 5 }]); // true
 */
export function emissionOrderedByAccuracy(
  miners: ReadonlyArray<Pick<DemoMinerState, 'accuracy' | 'emission'>>,
): boolean {
  const sorted = [...miners].sort((a, b) => a.accuracy - b.accuracy);
  return sorted.every((m, i) => i === 0 || m.emission > sorted[i - 1].emission);
}

/**
 * The summary of a run from its last state.
 *
 * @example
 * const summary = demoSummary(network.current, { stoppedBy: 'epochs', durationMs: 41_000 });
 */
export function demoSummary(
  state: DemoState,
  run: { stoppedBy: DemoSummary['stoppedBy']; durationMs: number },
): DemoSummary {
  return {
    netuid: state.netuid,
    block: state.block,
    tempo: state.tempo,
    epochs: state.epochs,
    stoppedBy: run.stoppedBy,
    durationMs: Math.round(run.durationMs),
    accuracyOn: 'augmented held-out digits',
    emissionOrderedByAccuracy: emissionOrderedByAccuracy(state.miners),
    miners: state.miners,
    validators: state.validators,
  };
}
