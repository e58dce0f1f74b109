/**
 * Options of {@link createNonceWindow}.
 *
 * @example
 * const nonces = createNonceWindow({ allowedDeltaNs: 4_000_000_000n, maxFutureNs: 5_000_000_000n, maxTimeoutS: 30 } satisfies NonceWindowOptions);
 */
export type NonceWindowOptions = {
  /**
   * How old a nonce may be, beyond the request's own timeout, in nanoseconds. Bittensor's `ALLOWED_DELTA`.
   * @defaultValue 4_000_000_000n (4 s)
   */
  allowedDeltaNs?: bigint;
  /**
   * How far ahead of the axon's clock a nonce may be, in nanoseconds (Bittensor has no bound).
   * @defaultValue 30_000_000_000n (30 s)
   */
  maxFutureNs?: bigint;
  /**
   * Cap on the request's `timeout` header when widening the window, in seconds. The timeout header is not signed, so
   * without a cap a replayed request could claim a huge timeout to look fresh.
   * @defaultValue 60
   */
  maxTimeoutS?: number;
};

/**
 * Result of {@link NonceWindow.check}.
 *
 * @example
 * const result: NonceCheck = nonces.check({ key, nonce, timeoutS: 12, nowNs });
 * if (!result.ok) console.log(result.reason); // 'stale' | 'future' | 'replay'
 */
export type NonceCheck = { ok: true } | { ok: false; reason: 'stale' | 'future' | 'replay' };

/**
 * Replay protection for axons; see {@link createNonceWindow}.
 *
 * @example
 * const nonces: NonceWindow = createNonceWindow();
 * setInterval(() => nonces.prune(BigInt(Date.now()) * 1_000_000n), 60_000);
 */
export type NonceWindow = {
  /**
   * Accepts a nonce (and remembers it) or says why not. `key` is `${dendriteHotkey}:${uuid}`; `timeoutS` the
   * request's timeout header; `nowNs` the axon's clock (Unix ns).
   */
  check(parameters: { key: string; nonce: bigint; timeoutS: number; nowNs: bigint }): NonceCheck;
  /** Forgets nonces that have aged out of every window. */
  prune(nowNs: bigint): void;
  /** Nonces currently remembered. */
  readonly size: number;
  /** Keys (dendrite hotkey and uuid pairs) with a nonce remembered: a key goes with its last nonce. */
  readonly keys: number;
};

/**
 * A nonce window that tolerates concurrent, out-of-order requests from one dendrite (same hotkey and uuid) while
 * refusing replays: a nonce is accepted when it is fresh (not older than `allowedDelta + timeout`, not too far in
 * the future) and has not been seen for that key. Bittensor instead requires each nonce to exceed the last one,
 * which fails concurrent requests that arrive out of order. Memory is bounded by the request rate times the window:
 * a nonce is forgotten once it would be refused as stale anyway.
 *
 * @example
 * const nonces = createNonceWindow();
 * const result = nonces.check({ key: `${hotkey}:${uuid}`, nonce, timeoutS: 12, nowNs: BigInt(Date.now()) * 1_000_000n });
 * if (!result.ok) reply(401, `Nonce ${result.reason}`);
 */
export function createNonceWindow(options: NonceWindowOptions = {}): NonceWindow {
  const allowedDelta = options.allowedDeltaNs ?? 4_000_000_000n;
  const maxFuture = options.maxFutureNs ?? 30_000_000_000n;
  const maxTimeoutS = options.maxTimeoutS ?? 60;
  const maxTimeoutNs = BigInt(Math.ceil(maxTimeoutS * 1e9));
  // key → (nonce → the time after which it would be refused as stale anyway)
  const seen = new Map<string, Map<bigint, bigint>>();
  let size = 0;
  let checks = 0;

  const pruneKey = (key: string, entries: Map<bigint, bigint>, nowNs: bigint) => {
    for (const [nonce, expiry] of entries) {
      if (expiry < nowNs) {
        entries.delete(nonce);
        size--;
      }
    }
    if (entries.size === 0) seen.delete(key);
  };

  const window: NonceWindow = {
    check({ key, nonce, timeoutS, nowNs }) {
      const timeoutNs = BigInt(Math.ceil(Math.min(Math.max(0, timeoutS), maxTimeoutS) * 1e9));
      if (nonce <= nowNs - allowedDelta - timeoutNs) return { ok: false, reason: 'stale' };
      if (nonce > nowNs + maxFuture) return { ok: false, reason: 'future' };
      let entries = seen.get(key);
      if (entries?.has(nonce)) return { ok: false, reason: 'replay' };
      if (entries === undefined) {
        entries = new Map();
        seen.set(key, entries);
      }
      // Remember the nonce until no timeout header could make it look fresh again.
      entries.set(nonce, nonce + allowedDelta + maxTimeoutNs);
      size++;
      // Stryker disable next-line UpdateOperator: counting down reaches a multiple of 1024 at the same checks.
      if (++checks % 1024 === 0) window.prune(nowNs);
      else if (entries.size > 64) pruneKey(key, entries, nowNs);
      return { ok: true };
    },
    prune(nowNs) {
      for (const [key, entries] of seen) pruneKey(key, entries, nowNs);
    },
    get size() {
      return size;
    },
    get keys() {
      return seen.size;
    },
  };
  return window;
}
