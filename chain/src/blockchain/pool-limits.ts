import { ChainError } from '../frame/chain-error.js';

/**
 * Bounds of the transaction pool, after Substrate's: `--pool-limit` ready transactions and `--pool-kbytes`
 * of them, with a future queue (transactions waiting for a nonce gap) a tenth that size, plus a cap on the
 * future transactions of any one sender so that one account cannot fill the future queue alone.
 *
 * @example
 * const limits: PoolLimits = { ...DEFAULT_POOL_LIMITS, count: 1000 };
 */
export interface PoolLimits {
  /** Ready transactions; the future queue holds a tenth as many. `--pool-limit` (8192). */
  readonly count: number;
  /** Bytes of ready transactions; the future queue holds a tenth as many. `--pool-kbytes` × 1024 (20 MiB). */
  readonly bytes: number;
  /**
   * Future transactions per sender (256): more than the reordering that signature checks in worker
   * threads can cause (three batches of 64 finishing ahead of a fourth).
   */
  readonly futurePerSender: number;
}

/** Substrate's pool defaults: 8,192 ready transactions, 20,480 kB; 256 future transactions per sender. */
export const DEFAULT_POOL_LIMITS: PoolLimits = Object.freeze({
  count: 8192,
  bytes: 20480 * 1024,
  futurePerSender: 256,
});

/**
 * Fills in defaults and checks each limit is a positive integer (`CHAIN_OPTIONS_INVALID` otherwise).
 *
 * @example
 * const limits = resolvePoolLimits({ count: 100 });
 */
export function resolvePoolLimits(overrides: Partial<PoolLimits> = {}): PoolLimits {
  const pick = (name: keyof PoolLimits): number => {
    const value = overrides[name] ?? DEFAULT_POOL_LIMITS[name];
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new ChainError(
        'CHAIN_OPTIONS_INVALID',
        `pool limit ${name} must be a positive integer, got ${value}`,
      );
    }
    return value;
  };
  return Object.freeze({
    count: pick('count'),
    bytes: pick('bytes'),
    futurePerSender: pick('futurePerSender'),
  });
}

/** What the pool holds now, and what a new transaction would add. */
export interface PoolUsage {
  readonly readyCount: number;
  readonly readyBytes: number;
  readonly futureCount: number;
  readonly futureBytes: number;
  /** Future transactions of the new transaction's sender. */
  readonly senderFuture: number;
}

/**
 * Why a new transaction of `bytes` does not fit (as `future` or ready), or undefined when it does.
 * Pure: the pool passes its counters.
 *
 * @example
 * const full = poolLimitExceeded(limits, usage, { future: false, bytes: 140 });
 * if (full) throw new PoolError('CHAIN_POOL_IMMEDIATELY_DROPPED', full);
 */
export function poolLimitExceeded(
  limits: PoolLimits,
  usage: PoolUsage,
  incoming: { readonly future: boolean; readonly bytes: number },
): string | undefined {
  if (!incoming.future) {
    if (usage.readyCount + 1 > limits.count) return `the pool holds ${usage.readyCount} ready transactions`;
    if (usage.readyBytes + incoming.bytes > limits.bytes)
      return `ready transactions would take more than ${limits.bytes} bytes`;
    return undefined;
  }
  if (usage.senderFuture + 1 > limits.futurePerSender)
    return `the sender has ${usage.senderFuture} future transactions`;
  const futureCount = Math.max(1, Math.floor(limits.count / 10));
  if (usage.futureCount + 1 > futureCount) return `the pool holds ${usage.futureCount} future transactions`;
  const futureBytes = Math.max(1, Math.floor(limits.bytes / 10));
  if (usage.futureBytes + incoming.bytes > futureBytes)
    return `future transactions would take more than ${futureBytes} bytes`;
  return undefined;
}
