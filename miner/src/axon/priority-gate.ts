import { axonError } from './axon-error.js';

/**
 * Options of {@link createPriorityGate}.
 *
 * @example
 * const options: PriorityGateOptions = { maxConcurrent: 64, maxWaitMs: 2000, maxQueue: 1024 };
 */
export interface PriorityGateOptions {
  readonly maxConcurrent: number;
  readonly maxWaitMs: number;
  readonly maxQueue: number;
}

/**
 * Admission to the handlers: up to `maxConcurrent` run at once; the rest wait in a max-heap on priority
 * (the caller's stake; FIFO among equals) for at most `maxWaitMs`, then fail with `AXON_OVERLOADED` (503).
 *
 * @example
 * const release = await gate.acquire(peer.stake);
 * try { await handler(); } finally { release(); }
 */
export interface PriorityGate {
  acquire(priority: number): Promise<() => void>;
  readonly running: number;
  readonly waiting: number;
}

interface Waiter {
  readonly priority: number;
  readonly seq: number;
  readonly grant: () => void;
  done: boolean;
}

function before(a: Waiter, b: Waiter): boolean {
  return a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq);
}

/**
 * Creates a {@link PriorityGate}.
 *
 * @example
 * const gate = createPriorityGate({ maxConcurrent: 1, maxWaitMs: 100, maxQueue: 10 });
 * const release = await gate.acquire(10);
 */
export function createPriorityGate(options: PriorityGateOptions): PriorityGate {
  const heap: Waiter[] = [];
  let running = 0;
  let seq = 0;

  const push = (w: Waiter) => {
    heap.push(w);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const pop = (): Waiter | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < heap.length && before(heap[l], heap[best])) best = l;
        if (r < heap.length && before(heap[r], heap[best])) best = r;
        if (best === i) break;
        [heap[i], heap[best]] = [heap[best], heap[i]];
        i = best;
      }
    }
    return top;
  };

  const release = () => {
    running -= 1;
    for (let next = pop(); next !== undefined; next = pop()) {
      if (next.done) continue; // timed out while queued
      next.done = true;
      running += 1;
      next.grant();
      return;
    }
  };
  const slot = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    acquire(priority) {
      if (running < options.maxConcurrent) {
        running += 1;
        return Promise.resolve(slot());
      }
      if (heap.length >= options.maxQueue) {
        return Promise.reject(
          axonError('AXON_OVERLOADED', 'Service unavailable: the priority queue is full'),
        );
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          priority,
          seq: seq++,
          done: false,
          grant: () => {
            clearTimeout(timer);
            resolve(slot());
          },
        };
        const timer = setTimeout(() => {
          if (waiter.done) return;
          waiter.done = true;
          reject(
            axonError(
              'AXON_OVERLOADED',
              `Service unavailable: waited ${options.maxWaitMs} ms in the priority queue`,
            ),
          );
        }, options.maxWaitMs);
        push(waiter);
      });
    },
    get running() {
      return running;
    },
    get waiting() {
      return heap.filter((w) => !w.done).length;
    },
  };
}
