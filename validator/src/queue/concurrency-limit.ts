/** Runs a task once one of the limit's slots is free; resolves or rejects as the task does. */
export type ConcurrencyLimit = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A first-in, first-out limit on how many tasks run at once.
 *
 * @example
 * const limit = createConcurrencyLimit(2);
 * await Promise.all(urls.map((url) => limit(() => fetch(url)))); // at most 2 fetches in flight
 */
export function createConcurrencyLimit(slots: number): ConcurrencyLimit {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next !== undefined) {
      running += 1;
      next();
    }
  };
  return async (task) => {
    if (running < slots) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  };
}
