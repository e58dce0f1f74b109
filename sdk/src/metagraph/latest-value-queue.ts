/**
 * An async iterator that holds only the newest value: `push` replaces what the consumer has not taken yet, so a
 * slow consumer skips to the latest instead of queueing. `end()` finishes it; `return()` (a `break` out of
 * `for await`) also calls the `onReturn` given to the constructor.
 *
 * @example
 * const queue = new LatestValueQueue<number>(() => {});
 * queue.push(1);
 * queue.push(2);
 * await queue.next(); // { value: 2, done: false }
 */
export class LatestValueQueue<T> implements AsyncIterableIterator<T> {
  private pending: T | undefined;
  private waiter: ((result: IteratorResult<T>) => void) | undefined;
  private ended = false;
  private readonly onReturn: () => void;

  constructor(onReturn: () => void) {
    this.onReturn = onReturn;
  }

  push(value: T): void {
    if (this.waiter === undefined) {
      this.pending = value;
      return;
    }
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter({ value, done: false });
  }

  end(): void {
    this.ended = true;
    this.pending = undefined;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.pending !== undefined) {
      const value = this.pending;
      this.pending = undefined;
      return Promise.resolve({ value, done: false });
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    this.onReturn();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
