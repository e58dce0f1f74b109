/**
 * The model runner: an onnxruntime-node `InferenceSession` on the best available execution provider,
 * warmed up before it is handed out, with input checks and micro-batching of concurrent requests.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Logger, silentLogger } from '@subnetkit/sdk';
import ort from 'onnxruntime-node';
import { MinerError } from '../miner-error.js';
import { createMicroBatcher, type MicroBatcherOptions } from './micro-batcher.js';

/** Execution providers the runner knows, in the order it tries them by default. */
export type ExecutionProvider = 'cuda' | 'cpu';

/** Options of `createModelRunner`. */
export interface ModelRunnerOptions extends MicroBatcherOptions {
  /** A path to an `.onnx` file, or the model's bytes. */
  readonly model: string | Uint8Array;
  /** Providers to try, in order; the first that loads the model wins. @defaultValue ['cuda', 'cpu'] */
  readonly executionProviders?: readonly ExecutionProvider[];
  readonly logger?: Logger;
}

/** A loaded, warmed-up model. */
export interface ModelRunner {
  /** The execution provider the session runs on. */
  readonly provider: ExecutionProvider;
  /** Values per input row (the product of the input's non-batch dimensions). */
  readonly inputSize: number;
  /** Values per output row. */
  readonly outputSize: number;
  /** Runs one row, batched with concurrent calls. */
  run(row: Float32Array): Promise<Float32Array>;
  /** Runs rows as one batch, bypassing the micro-batcher. */
  runBatch(rows: readonly Float32Array[]): Promise<Float32Array[]>;
  /** Batches run and rows they held since start. */
  readonly stats: { readonly batches: number; readonly rows: number };
  /** Releases the session; later runs fail with `MINER_MODEL_CLOSED`. */
  close(): Promise<void>;
}

/**
 * Where onnxruntime-node keeps its native libraries; the CUDA provider is a separate download that
 * its install script fetches (skipped offline, see docs/miner.md), so it may be missing.
 */
function cudaProviderInstalled(): boolean {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('onnxruntime-node/package.json'));
  const dir = join(root, 'bin', `napi-v6`, process.platform, process.arch);
  return existsSync(join(dir, 'libonnxruntime_providers_cuda.so'));
}

async function openSession(
  model: string | Uint8Array,
  providers: readonly ExecutionProvider[],
  logger: Logger,
): Promise<{ session: ort.InferenceSession; provider: ExecutionProvider }> {
  const failures: string[] = [];
  for (const provider of providers) {
    if (provider === 'cuda' && !cudaProviderInstalled()) {
      failures.push('cuda: not installed');
      logger.warn(
        { provider },
        'execution provider cuda is not installed (see docs/miner.md), trying the next one',
      );
      continue;
    }
    try {
      const options = { executionProviders: [provider] };
      const session =
        typeof model === 'string'
          ? await ort.InferenceSession.create(model, options)
          : await ort.InferenceSession.create(model, options);
      return { session, provider };
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      failures.push(`${provider}: ${reason}`);
      logger.warn({ provider, reason }, `execution provider ${provider} unavailable, trying the next one`);
    }
  }
  throw new MinerError(
    'MINER_MODEL_LOAD_FAILED',
    `no execution provider could load the model (${failures.join('; ')})`,
  );
}

/** Row width of a `[batch, d1, d2, …]` tensor with fixed non-batch dimensions. */
function rowSize(metadata: ort.InferenceSession.ValueMetadata, role: string): number {
  if (!metadata.isTensor || metadata.type !== 'float32') {
    throw new MinerError(
      'MINER_MODEL_LOAD_FAILED',
      `the model's ${role} ${metadata.name} must be a float32 tensor`,
    );
  }
  const dims = metadata.shape.slice(1);
  if (dims.some((d) => typeof d !== 'number' || d <= 0)) {
    throw new MinerError(
      'MINER_MODEL_LOAD_FAILED',
      `the model's ${role} ${metadata.name} must have fixed dimensions after the batch one (shape ${JSON.stringify(metadata.shape)})`,
    );
  }
  return (dims as number[]).reduce((a, b) => a * b, 1);
}

function checkRow(row: unknown, size: number): asserts row is Float32Array {
  if (!(row instanceof Float32Array)) {
    throw new MinerError('MINER_MODEL_BAD_INPUT', 'input must be a Float32Array');
  }
  if (row.length !== size) {
    throw new MinerError('MINER_MODEL_BAD_INPUT', `input has ${row.length} values, expected ${size}`);
  }
  for (let i = 0; i < row.length; i++) {
    if (!Number.isFinite(row[i]))
      throw new MinerError('MINER_MODEL_BAD_INPUT', `input value ${i} is not finite`);
  }
}

/**
 * Loads a model on the first execution provider that works (logging which), warms it up, and
 * returns a runner.
 *
 * @example
 * const model = await createModelRunner({ model: 'models/mlp.onnx', maxBatchSize: 64, logger });
 * model.provider; // 'cpu' unless onnxruntime's CUDA provider is installed
 * const probabilities = await model.run(pixels);
 */
export async function createModelRunner(options: ModelRunnerOptions): Promise<ModelRunner> {
  const logger = options.logger ?? silentLogger;
  const { session, provider } = await openSession(
    options.model,
    options.executionProviders ?? ['cuda', 'cpu'],
    logger,
  );
  const inputName = session.inputNames[0];
  const outputName = session.outputNames[0];
  const inputSize = rowSize(session.inputMetadata[0], 'input');
  const outputSize = rowSize(session.outputMetadata[0], 'output');
  const inputDims = (session.inputMetadata[0] as ort.InferenceSession.TensorValueMetadata).shape.slice(
    1,
  ) as number[];
  let closed = false;

  // Rows from the micro-batcher were checked by run(); runBatch checks its own.
  const runRows = async (rows: readonly Float32Array[]): Promise<Float32Array[]> => {
    if (closed) throw new MinerError('MINER_MODEL_CLOSED', 'the model runner is closed');
    const data = new Float32Array(rows.length * inputSize);
    for (let i = 0; i < rows.length; i++) data.set(rows[i], i * inputSize);
    let output: ort.Tensor;
    try {
      const result = await session.run({
        [inputName]: new ort.Tensor('float32', data, [rows.length, ...inputDims]),
      });
      output = result[outputName] as ort.Tensor;
    } catch (error) {
      throw new MinerError('MINER_MODEL_RUN_FAILED', `inference failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const values = output.data as Float32Array;
    return rows.map((_, i) => values.slice(i * outputSize, (i + 1) * outputSize));
  };
  const runBatch = async (rows: readonly Float32Array[]): Promise<Float32Array[]> => {
    if (closed) throw new MinerError('MINER_MODEL_CLOSED', 'the model runner is closed');
    for (const row of rows) checkRow(row, inputSize);
    return runRows(rows);
  };

  await runBatch([new Float32Array(inputSize)]); // warm-up: the first run allocates and plans
  logger.info({ provider, inputSize, outputSize }, `model loaded on the ${provider} execution provider`);

  const batcher = createMicroBatcher(runRows, options);
  return {
    provider,
    inputSize,
    outputSize,
    stats: batcher.stats,
    runBatch,
    run(row) {
      try {
        checkRow(row, inputSize);
      } catch (error) {
        return Promise.reject(error);
      }
      return batcher.submit(row);
    },
    async close() {
      if (closed) return;
      closed = true;
      await session.release();
    },
  };
}
