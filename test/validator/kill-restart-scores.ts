/** The deterministic scores of the SIGKILL test, shared by the child and the test that recomputes them. */
import { updateScores } from '@subnetkit/validator';

/** Miner hotkeys; miner i serves at uid i + 1 (the validator is uid 0). */
export const MINERS = Array.from({ length: 16 }, (_, i) => `miner-${i}`);

/** A score in [0, 1] that only depends on the step and the uid (with fractional bits, so floats must round-trip). */
export function deterministicScore(step: number, uid: number): number {
  return ((step * 7919 + uid * 104729) % 1000) / 1009;
}

/** The moving averages after `steps` steps with `alpha`, recomputed from scratch. */
export function expectedScores(steps: number, alpha: number): Record<string, number> {
  let scores = new Map<string, number>();
  for (let step = 0; step < steps; step++) {
    scores = updateScores(
      scores,
      MINERS.map((hotkey, i) => ({ hotkey, score: deterministicScore(step, i + 1) })),
      alpha,
    );
  }
  return Object.fromEntries(scores);
}
