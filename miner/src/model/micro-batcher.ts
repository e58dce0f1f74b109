/**
 * Micro-batching: requests that arrive close together run as one batch. A batch runs as soon as it
 * holds `maxBatchSize` rows or `maxWaitMs` after its first request, whichever comes first; only one
 * batch runs at a time, and requests that arrive meanwhile form the next one.
 */

/** Runs one batch: `rows` inputs in, one output per input row out, in order. */
export type BatchRunner<I, O> = (inputs: readonly I[]) => Promise<readonly O[]>;

/** Micro-batching options. */
export interface MicroBatcherOptions {
  /** The most requests in one batch. @defaultValue 32 */
  readonly maxBatchSize?: number;
  /** How long the first request of a batch waits for company, in ms. @defaultValue 2 */
  readonly maxWaitMs?: number;
  /** Called with the row count of every batch as it starts (e.g. `metrics.observeBatch`). */
  readonly onBatch?: (size: number) => void;
}

/** A micro-batcher: `submit` resolves with the request's own output. */
export interface MicroBatcher<I, O> {
  submit(input: I): Promise<O>;
  /** Batches run so far and the rows they held (for metrics). */
  readonly stats: { readonly batches: number; readonly rows: number };
}

interface Pending<I, O> {
  readonly input: I;
  readonly resolve: (output: O) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Wraps a batch runner.
 *
 * @example
 * const batcher = createMicroBatcher((rows) => model.runBatch(rows), { maxBatchSize: 64, maxWaitMs: 2 });
 * const output = await batcher.submit(row);
 */
export function createMicroBatcher<I, O>(
  run: BatchRunner<I, O>,
  options: MicroBatcherOptions = {},
): MicroBatcher<I, O> {
  const maxBatchSize = options.maxBatchSize ?? 32;
  const maxWaitMs = options.maxWaitMs ?? 2;
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1)
    throw new RangeError('maxBatchSize must be an integer ≥ 1');
  let queue: Pending<I, O>[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const stats = { batches: 0, rows: 0 };

  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (running || queue.length === 0) return;
    const batch = queue.slice(0, maxBatchSize);
    queue = queue.slice(batch.length);
    running = true;
    stats.batches += 1;
    stats.rows += batch.length;
    options.onBatch?.(batch.length);
    run(batch.map((p) => p.input))
      .then((outputs) => {
        if (outputs.length !== batch.length) {
          throw new Error(`batch runner returned ${outputs.length} outputs for ${batch.length} inputs`);
        }
        for (let i = 0; i < batch.length; i++) batch[i].resolve(outputs[i]);
      })
      .catch((error: unknown) => {
        for (const p of batch) p.reject(error);
      })
      .finally(() => {
        running = false;
        if (queue.length >= maxBatchSize) flush();
        else if (queue.length > 0) schedule();
      });
  };

  const schedule = () => {
    if (timer === undefined) timer = setTimeout(flush, maxWaitMs);
  };

  return {
    stats,
    submit(input) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        if (queue.length >= maxBatchSize) flush();
        else schedule();
      });
    },
  };
}
