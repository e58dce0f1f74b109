import { setTimeout as sleep } from 'node:timers/promises';
import { shortMessageOf } from '@subnetkit/errors';
import type { Logger } from '@subnetkit/sdk';

/** Tracks whether Redis is reachable and logs each change once: one error when it goes, one line when it is back. */
export type RedisHealth = {
  /** Reports a connection error; logged only if Redis was thought reachable. */
  failed(error: unknown): void;
  /** Reports a (re)connection; logged only if Redis was thought unreachable. */
  recovered(): void;
  /** Whether the last report was a failure. */
  readonly down: boolean;
  /** Resolves once Redis is reported unreachable (at once if it is now). */
  whenDown(): Promise<void>;
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
  let wentDown = () => {};
  let nextOutage = new Promise<void>((resolve) => {
    wentDown = resolve;
  });
  return {
    failed(error) {
      if (down) return;
      down = true;
      wentDown();
      logger.error(
        { code: 'VALIDATOR_QUEUE_REDIS_UNAVAILABLE', redis: target, err: shortMessageOf(error) },
        'Redis is unreachable: jobs wait and results are missing until it is back; retrying',
      );
    },
    recovered() {
      if (!down) return;
      down = false;
      nextOutage = new Promise<void>((resolve) => {
        wentDown = resolve;
      });
      logger.info({ redis: target }, 'Redis is reachable again');
    },
    get down() {
      return down;
    },
    whenDown: () => nextOutage,
  };
}

/**
 * Waits for a BullMQ `close()`, except when Redis is or goes unreachable: BullMQ's close then waits for a
 * connection that may never come, so this gives up `graceMs` after the outage and lets the caller disconnect.
 *
 * @example
 * await closeUnlessRedisIsDown(worker.close(), health);
 * redis.disconnect();
 */
export async function closeUnlessRedisIsDown(
  closing: Promise<unknown>,
  health: RedisHealth,
  graceMs = 1_000,
): Promise<void> {
  const controller = new AbortController();
  const givingUp = health
    .whenDown()
    .then(() => sleep(graceMs, undefined, { signal: controller.signal }))
    .catch(() => undefined);
  try {
    await Promise.race([closing.catch(() => undefined), givingUp]);
  } finally {
    controller.abort();
  }
}
