import type { Logger } from '../logger.js';
import { errorMessage } from './error-message.js';

/** Tracks whether Redis is reachable and logs each change once: one error when it goes, one line when it is back. */
export type RedisHealth = {
  /** Reports a connection error; logged only if Redis was thought reachable. */
  failed(error: unknown): void;
  /** Reports a (re)connection; logged only if Redis was thought unreachable. */
  recovered(): void;
  /** Whether the last report was a failure. */
  readonly down: boolean;
};

/**
 * Creates the one-log-per-change tracker a coordinator or worker attaches to its Redis clients and BullMQ objects.
 * The error is logged with code `VALIDATOR_QUEUE_REDIS_UNAVAILABLE`.
 *
 * @example
 * const health = createRedisHealth(logger, 'redis://10.0.0.5:6379');
 * redis.on('error', health.failed).on('ready', health.recovered);
 */
export function createRedisHealth(logger: Logger, target: string): RedisHealth {
  let down = false;
  return {
    failed(error) {
      if (down) return;
      down = true;
      logger.error(
        { code: 'VALIDATOR_QUEUE_REDIS_UNAVAILABLE', redis: target, err: errorMessage(error) },
        'Redis is unreachable: jobs wait and results are missing until it is back; retrying',
      );
    },
    recovered() {
      if (!down) return;
      down = false;
      logger.info({ redis: target }, 'Redis is reachable again');
    },
    get down() {
      return down;
    },
  };
}
