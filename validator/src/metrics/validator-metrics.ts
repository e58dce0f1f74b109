import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The validator's Prometheus metrics, in their own registry (no global state).
 *
 * @example
 * const metrics = createValidatorMetrics();
 * const validator = createValidator({ ...options, metrics });
 */
export interface ValidatorMetrics {
  readonly registry: Registry;
  /** `validator_block`: the last block seen. */
  readonly block: Gauge;
  /** `validator_steps_total{outcome}`, outcome = `completed` | `failed` */
  readonly steps: Counter<'outcome'>;
  /** `validator_step_duration_seconds` */
  readonly stepDuration: Histogram;
  /** `validator_queries_total{status}`: query results by dendrite status (`missing` = no result by the deadline). */
  readonly queries: Counter<'status'>;
  /** `validator_miner_score{uid,hotkey}`: the moving-average score of each registered miner. */
  readonly minerScore: Gauge<'uid' | 'hotkey'>;
  /** `validator_weights_outcomes_total{action,outcome}`, action = `set` | `commit` | `reveal`, outcome = a `WeightsOutcome` kind. */
  readonly weightsOutcomes: Counter<'action' | 'outcome'>;
  /** `validator_last_weights_block`: block of the last accepted weights (set or reveal). */
  readonly lastWeightsBlock: Gauge;
  /** Block the chain is expected to reveal the last CR-v4 commit in (0 when none is waiting). */
  readonly expectedRevealBlock: Gauge;
}

/**
 * Creates the metrics.
 *
 * @example
 * const metrics = createValidatorMetrics();
 * await metrics.registry.metrics(); // Prometheus text
 */
export function createValidatorMetrics(): ValidatorMetrics {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    block: new Gauge({ name: 'validator_block', help: 'The last block seen.', registers }),
    steps: new Counter({
      name: 'validator_steps_total',
      help: 'Steps run, by outcome.',
      labelNames: ['outcome'] as const,
      registers,
    }),
    stepDuration: new Histogram({
      name: 'validator_step_duration_seconds',
      help: 'Time of one step: metagraph, queries, scores, persistence.',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60],
      registers,
    }),
    queries: new Counter({
      name: 'validator_queries_total',
      help: 'Miner queries, by dendrite status (missing = no result by the deadline).',
      labelNames: ['status'] as const,
      registers,
    }),
    minerScore: new Gauge({
      name: 'validator_miner_score',
      help: 'Moving-average score of each registered miner.',
      labelNames: ['uid', 'hotkey'] as const,
      registers,
    }),
    weightsOutcomes: new Counter({
      name: 'validator_weights_outcomes_total',
      help: 'Weight extrinsics, by action (set, commit, reveal) and outcome.',
      labelNames: ['action', 'outcome'] as const,
      registers,
    }),
    lastWeightsBlock: new Gauge({
      name: 'validator_last_weights_block',
      help: 'Block of the last accepted weights (set or reveal).',
      registers,
    }),
    expectedRevealBlock: new Gauge({
      name: 'validator_expected_reveal_block',
      help: 'Block the chain is expected to reveal the last CR-v4 weights commit in; 0 when none is waiting.',
      registers,
    }),
  };
}
