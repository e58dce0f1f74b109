/**
 * The nonce window over a fake clock (`nowNs` is a parameter, so time is whatever the test says): both edges of the
 * freshness window, replays inside it, per-caller keys, and how long a nonce is remembered — its expiry, explicit
 * and automatic pruning, and the memory that stays bounded while a caller keeps sending for a long time.
 */
import { describe, expect, test } from 'vitest';
import { createNonceWindow } from './nonce-window.js';

const S = 1_000_000_000n;
const T = 1_700_000_000n * S;
/** Defaults: 4 s allowed delta, 30 s into the future, timeouts capped at 60 s. */
const DELTA = 4n * S;
const MAX_TIMEOUT = 60n * S;

describe('freshness', () => {
  test('args: a nonce exactly allowedDelta + timeout old is stale; one nanosecond younger is fresh', () => {
    const window = createNonceWindow();
    const edge = T - DELTA - 12n * S;
    expect(window.check({ key: 'k', nonce: edge, timeoutS: 12, nowNs: T })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(window.check({ key: 'k', nonce: edge + 1n, timeoutS: 12, nowNs: T })).toEqual({ ok: true });
  });

  test('args: a nonce exactly maxFuture ahead is fresh; one nanosecond further is future', () => {
    const window = createNonceWindow({ maxFutureNs: 5n * S });
    expect(window.check({ key: 'k', nonce: T + 5n * S, timeoutS: 12, nowNs: T })).toEqual({ ok: true });
    expect(window.check({ key: 'k', nonce: T + 5n * S + 1n, timeoutS: 12, nowNs: T })).toEqual({
      ok: false,
      reason: 'future',
    });
  });

  test('args: the options set the window (allowedDeltaNs, maxTimeoutS caps the timeout header)', () => {
    const window = createNonceWindow({ allowedDeltaNs: 1n * S, maxTimeoutS: 2 });
    expect(window.check({ key: 'k', nonce: T - 3n * S, timeoutS: 100, nowNs: T }).ok).toBe(false);
    expect(window.check({ key: 'k', nonce: T - 3n * S + 1n, timeoutS: 100, nowNs: T }).ok).toBe(true);
  });

  test('args: a negative timeout counts as 0', () => {
    const window = createNonceWindow();
    expect(window.check({ key: 'k', nonce: T - DELTA, timeoutS: -5, nowNs: T }).ok).toBe(false);
    expect(window.check({ key: 'k', nonce: T - DELTA + 1n, timeoutS: -5, nowNs: T }).ok).toBe(true);
  });
});

describe('replays', () => {
  test('behavior: each key has its own nonces: the same nonce from another hotkey or uuid is no replay', () => {
    const window = createNonceWindow();
    for (const key of ['alice:u1', 'alice:u2', 'bob:u1'])
      expect(window.check({ key, nonce: T, timeoutS: 12, nowNs: T })).toEqual({ ok: true });
    expect(window.check({ key: 'alice:u1', nonce: T, timeoutS: 12, nowNs: T })).toEqual({
      ok: false,
      reason: 'replay',
    });
    expect(window.size).toBe(3);
    expect(window.keys).toBe(3);
  });

  test('behavior: a replay stays refused until it is stale for every timeout header, even after pruning', () => {
    const window = createNonceWindow();
    expect(window.check({ key: 'k', nonce: T, timeoutS: 12, nowNs: T }).ok).toBe(true);
    // The last instant at which the nonce can look fresh: a 60 s timeout header at T + 4 s + 60 s − 1 ns.
    const last = T + DELTA + MAX_TIMEOUT - 1n;
    window.prune(last);
    expect(window.check({ key: 'k', nonce: T, timeoutS: 60, nowNs: last })).toEqual({
      ok: false,
      reason: 'replay',
    });
    expect(window.check({ key: 'k', nonce: T, timeoutS: 60, nowNs: last + 1n })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });
});

describe('memory', () => {
  test('behavior: a nonce is forgotten exactly after its expiry (allowedDelta + maxTimeout past its time)', () => {
    const window = createNonceWindow();
    window.check({ key: 'k', nonce: T, timeoutS: 12, nowNs: T });
    window.prune(T + DELTA + MAX_TIMEOUT);
    expect([window.size, window.keys]).toEqual([1, 1]);
    window.prune(T + DELTA + MAX_TIMEOUT + 1n);
    expect([window.size, window.keys]).toEqual([0, 0]);
  });

  test('behavior: every 1,024th check prunes every key', () => {
    const window = createNonceWindow();
    window.check({ key: 'old', nonce: T, timeoutS: 12, nowNs: T });
    const later = T + DELTA + MAX_TIMEOUT + 1n; // 'old' has expired
    for (let i = 2; i < 1024; i++) window.check({ key: `k${i}`, nonce: later, timeoutS: 12, nowNs: later });
    expect([window.size, window.keys]).toEqual([1023, 1023]);
    window.check({ key: 'k1024', nonce: later, timeoutS: 12, nowNs: later }); // check 1,024
    expect([window.size, window.keys]).toEqual([1023, 1023]);
  });

  test('behavior: a key past 64 nonces prunes its own expired nonces', () => {
    const window = createNonceWindow();
    window.check({ key: 'k', nonce: T, timeoutS: 12, nowNs: T });
    const later = T + DELTA + MAX_TIMEOUT + 1n;
    for (let i = 1n; i < 64n; i++) window.check({ key: 'k', nonce: later + i, timeoutS: 12, nowNs: later });
    expect(window.size).toBe(64);
    window.check({ key: 'k', nonce: later + 64n, timeoutS: 12, nowNs: later }); // the 65th
    expect(window.size).toBe(64);
  });

  test('behavior: ten minutes of 10 requests a second from 10 callers keep only the last 64 s of nonces', () => {
    const window = createNonceWindow();
    let peak = 0;
    let refused = 0;
    for (let now = T; now < T + 600n * S; now += S / 10n) {
      for (let caller = 0; caller < 10; caller++)
        if (!window.check({ key: `hotkey${caller}:uuid`, nonce: now, timeoutS: 12, nowNs: now }).ok)
          refused++;
      peak = Math.max(peak, window.size);
    }
    expect(refused).toBe(0);
    // A nonce lives 64 s: at 100 nonces a second 6,400 (+ one boundary nonce per caller), not 60,000.
    expect(peak).toBeLessThanOrEqual(6_400 + 10);
    expect(window.keys).toBe(10);
  });
});
