import type { RateLimit } from './axon-options.js';

/**
 * Per-key fixed-window counters and in-flight caps, in memory, O(1) per request.
 *
 * @example
 * const limiter = createRateLimiter({ requests: 10, windowMs: 1000 }, 4);
 * if (!limiter.hit(ip, performance.now())) reply429();
 * const release = limiter.enter(ip); // undefined when 4 are already in flight
 */
export interface RateLimiter {
  /** Counts a request; false when the key is over its rate. */
  hit(key: string, nowMs: number): boolean;
  /** Takes an in-flight slot; returns its release, or undefined when the key is at its cap. */
  enter(key: string): (() => void) | undefined;
  /** Keys tracked (for tests and metrics). */
  readonly size: number;
}

/**
 * Creates a {@link RateLimiter}. Windows of idle keys are dropped when the map grows.
 *
 * @example
 * const perIp = createRateLimiter({ requests: 600, windowMs: 60_000 }, 128);
 */
export function createRateLimiter(rate: RateLimit, maxInFlight: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const inFlight = new Map<string, number>();
  let lastSweep = 0;
  const sweep = (nowMs: number) => {
    if (nowMs - lastSweep < rate.windowMs) return;
    lastSweep = nowMs;
    for (const [key, w] of windows) if (nowMs - w.start >= rate.windowMs) windows.delete(key);
  };
  return {
    hit(key, nowMs) {
      sweep(nowMs);
      const w = windows.get(key);
      if (w === undefined || nowMs - w.start >= rate.windowMs) {
        windows.set(key, { start: nowMs, count: 1 });
        return true;
      }
      w.count += 1;
      return w.count <= rate.requests;
    },
    enter(key) {
      const n = inFlight.get(key) ?? 0;
      if (n >= maxInFlight) return undefined;
      inFlight.set(key, n + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (inFlight.get(key) ?? 1) - 1;
        if (left <= 0) inFlight.delete(key);
        else inFlight.set(key, left);
      };
    },
    get size() {
      return windows.size;
    },
  };
}
