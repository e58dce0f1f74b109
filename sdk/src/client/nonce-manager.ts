/**
 * Hands out account nonces so that concurrent submissions from one signer get consecutive values without a chain
 * round trip each. The first nonce of an address comes from `fetch` (the chain's `system_accountNextIndex`, which
 * counts the pool); after a failed submission or a lost connection `reset` makes the next one resync.
 *
 * @example
 * const nonces = createNonceManager();
 * const [a, b] = await Promise.all([nonces.next(address, fetch), nonces.next(address, fetch)]); // n, n + 1
 * nonces.reset(address);
 */
export type NonceManager = {
  /** The next nonce of `address`; calls for one address are served in call order. */
  next(address: string, fetch: () => Promise<number>): Promise<number>;
  /** Forgets the nonce of `address` (all addresses when omitted) so the next call fetches it again. */
  reset(address?: string): void;
};

/**
 * Creates an empty {@link NonceManager}.
 *
 * @example
 * const nonces = createNonceManager();
 * const nonce = await nonces.next(signer.address, async () => 0);
 */
export function createNonceManager(): NonceManager {
  const nextNonce = new Map<string, number>();
  const queues = new Map<string, Promise<unknown>>();
  return {
    next(address, fetch) {
      const previous = queues.get(address) ?? Promise.resolve();
      const result = previous.then(async () => {
        const nonce = nextNonce.get(address) ?? (await fetch());
        nextNonce.set(address, nonce + 1);
        return nonce;
      });
      const settled = result.catch(() => undefined);
      queues.set(address, settled);
      void settled.then(() => {
        if (queues.get(address) === settled) queues.delete(address);
      });
      return result;
    },
    reset(address) {
      if (address === undefined) nextNonce.clear();
      else nextNonce.delete(address);
    },
  };
}
