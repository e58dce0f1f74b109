import { z } from 'zod';
import { ValidatorError } from '../validator-error.js';

const schema = z.strictObject({
  /** Weight of a new score in the moving average. */
  alpha: z.number().gt(0).lte(1).default(0.1),
  /** Miners queried per step; undefined = every serving miner. */
  sampleSize: z.int().positive().optional(),
  /** Queries in flight at once, with the in-process queue `createValidator` builds from a dendrite. */
  concurrency: z.int().positive().default(64),
  /** Deadline of a step, metagraph sync and queries included, from the block that starts it. */
  queryTimeoutMs: z.int().positive().default(12_000),
  /** A step starts at most every this many blocks (and never while the previous one runs). */
  stepEveryBlocks: z.int().positive().default(1),
  /** Weights are due this many blocks after the last accepted ones; undefined = the subnet's tempo. */
  weightsEveryBlocks: z.int().positive().optional(),
  /** /healthz reports unhealthy when no block arrived for this long. */
  healthMaxHeadAgeMs: z.int().positive().default(60_000),
});

/**
 * The validator's settings, every one with its default. Validated once and frozen.
 *
 * | field | default | meaning |
 * |---|---|---|
 * | `alpha` | 0.1 | weight of a new score in the moving average |
 * | `sampleSize` | all | miners queried per step |
 * | `concurrency` | 64 | queries in flight (the in-process queue built from `dendrite`) |
 * | `queryTimeoutMs` | 12000 | deadline of a step (metagraph sync and queries) |
 * | `stepEveryBlocks` | 1 | a step starts at most every N blocks |
 * | `weightsEveryBlocks` | tempo | blocks between weight settings |
 * | `healthMaxHeadAgeMs` | 60000 | `/healthz` fails after this long without a block |
 *
 * @example
 * const config: ValidatorConfig = resolveValidatorConfig({ alpha: 0.2, queryTimeoutMs: 5000 });
 */
export type ValidatorConfig = Readonly<z.output<typeof schema>>;

/**
 * Input of {@link resolveValidatorConfig}: any subset of {@link ValidatorConfig}.
 *
 * @example
 * const input: ValidatorConfigInput = { sampleSize: 64 };
 */
export type ValidatorConfigInput = z.input<typeof schema>;

/**
 * Applies defaults, validates and freezes; throws `VALIDATOR_CONFIG_INVALID` naming the bad field.
 *
 * @example
 * resolveValidatorConfig({ alpha: 2 }); // throws VALIDATOR_CONFIG_INVALID: alpha: …
 */
export function resolveValidatorConfig(input: ValidatorConfigInput = {}): ValidatorConfig {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ValidatorError('VALIDATOR_CONFIG_INVALID', `invalid validator config: ${message}`);
  }
  return Object.freeze(parsed.data);
}
