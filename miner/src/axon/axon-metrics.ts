import { Counter, Histogram, Registry } from 'prom-client';

/**
 * The axon's Prometheus metrics, in their own registry (no global state).
 *
 * @example
 * const metrics = createAxonMetrics();
 * const model = await createModelRunner({ model: 'mlp.onnx', onBatch: metrics.observeBatch });
 * const app = await buildAxon({ ...options, metrics });
 */
export interface AxonMetrics {
  readonly registry: Registry;
  /** `axon_requests_total{synapse,status}` */
  readonly requests: Counter<'synapse' | 'status'>;
  /** `axon_request_duration_seconds{synapse}` */
  readonly latency: Histogram<'synapse'>;
  /** `axon_rejections_total{reason}`, reason = an `AXON_…` code */
  readonly rejections: Counter<'reason'>;
  /** `model_batch_size` */
  readonly batchSize: Histogram;
  /** Records one model batch; pass as the model runner's `onBatch`. */
  readonly observeBatch: (size: number) => void;
}

/**
 * Creates the metrics.
 *
 * @example
 * const metrics = createAxonMetrics();
 * await metrics.registry.metrics(); // Prometheus text
 */
export function createAxonMetrics(): AxonMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'axon_requests_total',
    help: 'Requests answered, by synapse and HTTP status.',
    labelNames: ['synapse', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'axon_request_duration_seconds',
    help: 'Time from request to response, by synapse.',
    labelNames: ['synapse'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 12],
    registers: [registry],
  });
  const rejections = new Counter({
    name: 'axon_rejections_total',
    help: 'Requests refused before or by the handler, by AXON_ error code.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const batchSize = new Histogram({
    name: 'model_batch_size',
    help: 'Rows per model batch.',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [registry],
  });
  return {
    registry,
    requests,
    latency,
    rejections,
    batchSize,
    observeBatch: (size) => batchSize.observe(size),
  };
}
