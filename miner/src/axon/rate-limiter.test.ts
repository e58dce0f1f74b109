import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('default: allows `requests` per window per key, then refuses until the window passes', () => {
    const limiter = createRateLimiter({ requests: 2, windowMs: 1000 }, 10);
    expect([limiter.hit('a', 0), limiter.hit('a', 10), limiter.hit('a', 20)]).toEqual([true, true, false]);
    expect(limiter.hit('b', 20)).toBe(true);
    expect(limiter.hit('a', 1000)).toBe(true);
  });

  it('behavior: caps in-flight requests per key; release is idempotent', () => {
    const limiter = createRateLimiter({ requests: 100, windowMs: 1000 }, 2);
    const a = limiter.enter('k');
    const b = limiter.enter('k');
    expect(limiter.enter('k')).toBeUndefined();
    a?.();
    a?.();
    expect(limiter.enter('k')).toBeDefined();
    expect(limiter.enter('k')).toBeUndefined();
    b?.();
  });

  it('behavior: idle windows are swept', () => {
    const limiter = createRateLimiter({ requests: 1, windowMs: 100 }, 1);
    for (let i = 0; i < 50; i++) limiter.hit(`ip${i}`, 0);
    limiter.hit('late', 500);
    expect(limiter.size).toBe(1);
  });
});
