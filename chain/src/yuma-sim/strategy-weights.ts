/**
 * Each strategy's intended weights for one epoch, as floats over all uids (zero toward validators).
 */
import type { Prng } from './prng.js';
import type { ValidatorSpec } from './scenario.js';

/** What a validator can see when it sets weights. */
export interface StrategyView {
  /** True quality per uid (0 for validators and unregistered miners). */
  readonly quality: readonly number[];
  /** Whether each uid is a registered miner this epoch. */
  readonly miner: readonly boolean[];
  /**
   * The latest weights visible on chain: the other validators' stored weights (each row normalized to sum 1),
   * averaged by stake; null while none is stored. With commit-reveal these are the last reveals.
   */
  readonly visibleWeights: readonly number[] | null;
  /** Uid of the colluder's target miner, if any. */
  readonly targetUid: number | null;
}

/**
 * Intended weights of one validator, or null when it does not set weights this epoch.
 *
 * @example
 * ```ts
 * const w = strategyWeights({ name: 'v', stake: 1, strategy: 'honest' }, 0, view, rng);
 * ```
 */
export function strategyWeights(
  spec: ValidatorSpec,
  epoch: number,
  view: StrategyView,
  rng: Prng,
): number[] | null {
  const n = view.quality.length;
  const out = new Array<number>(n).fill(0);
  switch (spec.strategy) {
    case 'lazy':
    case 'honest': {
      // A lazy validator scores honestly, but only every `every` epochs.
      if (spec.strategy === 'lazy' && epoch % (spec.every ?? 5) !== 0) return null;
      const noise = spec.noise ?? 0.05;
      for (let j = 0; j < n; j++) {
        const draw = rng.normal();
        if (view.miner[j]) out[j] = Math.max(0, (view.quality[j] ?? 0) + noise * draw);
      }
      return out;
    }
    case 'random':
      for (let j = 0; j < n; j++) {
        const draw = rng.next();
        if (view.miner[j]) out[j] = draw;
      }
      return out;
    case 'colluder':
      if (view.targetUid !== null && view.miner[view.targetUid]) out[view.targetUid] = 1;
      return out;
    case 'copier':
      if (view.visibleWeights === null) return null;
      for (let j = 0; j < n; j++) if (view.miner[j]) out[j] = view.visibleWeights[j] ?? 0;
      return out;
  }
}
