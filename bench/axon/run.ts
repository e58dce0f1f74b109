/**
 * Axon bench, in one run:
 * 1. authenticated requests/s and p50/p99 latency through the full axon (every check, signed responses)
 *    vs a bare Fastify route with the same handler vs a verify-only loop (headers parse, sr25519
 *    verify, nonce window, body hash: the ceiling of any authenticated server on one core);
 * 2. micro-batched vs batch-1 inference throughput of a dense ONNX model at 64 concurrent clients.
 * Prints a table and writes bench/results/axon.json. Run:
 *   node --conditions=source --import tsx bench/axon/run.ts
 * Environment: AXON_BENCH_REQUESTS (default 4000), AXON_BENCH_CONCURRENCY (default 32),
 * AXON_BENCH_INFER_SECONDS (default 3).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import {
  buildAxon,
  createModelRunner,
  createStaticPeerDirectory,
  type DenseNetwork,
  denseNetworkToOnnx,
} from '@subnetkit/miner';
import {
  createKeypair,
  createNonceWindow,
  createSigner,
  cryptoReady,
  defineSynapse,
  type PreparedRequest,
  prepareRequest,
  pythonJson,
  verifyRequest,
} from '@subnetkit/sdk';
import Fastify from 'fastify';
import { z } from 'zod';
import { formatTable } from '../yuma/format-table.js';
import { load } from './load.js';

const REQUESTS = Number(process.env.AXON_BENCH_REQUESTS ?? 4000);
const CONCURRENCY = Number(process.env.AXON_BENCH_CONCURRENCY ?? 32);
const INFER_SECONDS = Number(process.env.AXON_BENCH_INFER_SECONDS ?? 3);

const Echo = defineSynapse({
  name: 'Echo',
  request: { text: z.string(), n: z.int() },
  response: { echoed: z.string().nullable().default(null) },
});
const handler = (request: Record<string, unknown>) => ({ echoed: `${request.text}:${request.n}` });

await cryptoReady();
const miner = createSigner(createKeypair({ uri: '//Ferdie' }));
const validator = createSigner(createKeypair({ uri: '//Alice' }));

async function prepareAll(port: number, count: number): Promise<PreparedRequest[]> {
  const base = BigInt(Date.now()) * 1_000_000n;
  const out: PreparedRequest[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      await prepareRequest({
        synapse: Echo,
        input: { text: 'hello miner', n: i },
        signer: validator,
        axon: { ip: '127.0.0.1', port, hotkey: miner.address },
        nonce: base + BigInt(i),
        uuid: 'bench-0000-0000-0000-000000000001',
        timeout: 60,
      }),
    );
  }
  return out;
}

// 1a. the full axon, with and without response signatures
async function runAxon(signResponses: boolean) {
  const axon = buildAxon({
    signer: miner,
    signResponses,
    synapses: [Echo],
    handlers: { Echo: handler },
    peers: createStaticPeerDirectory({ [validator.address]: { uid: 0, validatorPermit: true, stake: 1000 } }),
    rateLimit: {
      perIp: { requests: 10_000_000, windowMs: 60_000 },
      perHotkey: { requests: 10_000_000, windowMs: 60_000 },
    },
    concurrency: { perIp: 10_000, perHotkey: 10_000 },
  });
  await axon.listen({ port: 0, host: '127.0.0.1' });
  const port = (axon.server.address() as { port: number }).port;
  await load(port, await prepareAll(port, 200), CONCURRENCY); // warm-up
  const result = await load(port, await prepareAll(port, REQUESTS), CONCURRENCY);
  await axon.close();
  return result;
}
const authed = await runAxon(true);
const authedUnsigned = await runAxon(false);

// 1b. a bare Fastify route, same handler and response body, no checks
const bare = Fastify({ logger: false });
bare.post('/Echo', async (request, reply) => {
  const body = request.body as Record<string, unknown>;
  reply.header('content-type', 'application/json');
  return pythonJson({ ...body, ...handler(body) });
});
await bare.listen({ port: 0, host: '127.0.0.1' });
const barePort = (bare.server.address() as { port: number }).port;
await load(barePort, await prepareAll(barePort, 200), CONCURRENCY);
const bareResult = await load(barePort, await prepareAll(barePort, REQUESTS), CONCURRENCY);
await bare.close();

// 1c. verify-only loop: the per-request crypto and parsing every authenticated server must do
const nonces = createNonceWindow();
const verifyRequests = await prepareAll(8091, REQUESTS);
const verifyStarted = performance.now();
let verified = 0;
for (const r of verifyRequests) {
  const result = verifyRequest({
    synapse: Echo,
    headers: r.headers,
    body: r.body,
    axonHotkey: miner.address,
    nonces,
    nowNs: BigInt(Date.now()) * 1_000_000n,
  });
  if (result.ok) verified++;
}
const verifySeconds = (performance.now() - verifyStarted) / 1000;
if (verified !== REQUESTS) throw new Error(`verify-only: ${verified}/${REQUESTS} verified`);
const verifyPerSecond = REQUESTS / verifySeconds;

// 2. micro-batched vs batch-1 inference at 64 concurrent clients
function network(): DenseNetwork {
  let seed = 3;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed / 2147483647 - 0.5) * 0.1;
  };
  const layer = (inputs: number, outputs: number) => ({
    inputs,
    outputs,
    weights: Float32Array.from({ length: inputs * outputs }, random),
    bias: Float32Array.from({ length: outputs }, random),
  });
  return { layers: [layer(784, 512), layer(512, 256), layer(256, 10)], softmax: true };
}
const onnx = denseNetworkToOnnx(network());
async function inferenceThroughput(maxBatchSize: number) {
  const model = await createModelRunner({
    model: onnx,
    executionProviders: ['cpu'],
    maxBatchSize,
    maxWaitMs: 2,
  });
  const row = Float32Array.from({ length: 784 }, (_, i) => (i % 13) / 13);
  let rows = 0;
  const until = performance.now() + INFER_SECONDS * 1000;
  const client = async () => {
    while (performance.now() < until) {
      await model.run(row);
      rows++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: 64 }, client));
  const seconds = (performance.now() - started) / 1000;
  const result = {
    rowsPerSecond: rows / seconds,
    meanBatch: model.stats.rows / model.stats.batches,
    provider: model.provider,
  };
  await model.close();
  return result;
}
const batch1 = await inferenceThroughput(1);
const batched = await inferenceThroughput(64);

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(
  `\naxon bench — ${REQUESTS} requests, ${CONCURRENCY} concurrent clients, ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}\n`,
);
console.log(
  formatTable(
    ['case', 'req/s', 'p50 ms', 'p99 ms', 'failures', 'vs verify-only'],
    [
      ['verify-only loop (ceiling)', fmt(verifyPerSecond), '-', '-', '0', '1.00'],
      [
        'full axon (authenticated)',
        fmt(authed.perSecond),
        fmt(authed.p50Ms, 2),
        fmt(authed.p99Ms, 2),
        String(authed.failures),
        fmt(authed.perSecond / verifyPerSecond, 2),
      ],
      [
        'full axon, unsigned responses',
        fmt(authedUnsigned.perSecond),
        fmt(authedUnsigned.p50Ms, 2),
        fmt(authedUnsigned.p99Ms, 2),
        String(authedUnsigned.failures),
        fmt(authedUnsigned.perSecond / verifyPerSecond, 2),
      ],
      [
        'bare Fastify route',
        fmt(bareResult.perSecond),
        fmt(bareResult.p50Ms, 2),
        fmt(bareResult.p99Ms, 2),
        String(bareResult.failures),
        fmt(bareResult.perSecond / verifyPerSecond, 2),
      ],
    ],
  ),
);
console.log(`\nfull axon / bare Fastify: ${fmt(authed.perSecond / bareResult.perSecond, 2)}\n`);
const speedup = batched.rowsPerSecond / batch1.rowsPerSecond;
console.log(
  formatTable(
    ['inference, 64 concurrent clients (784-512-256-10)', 'rows/s', 'mean batch', 'speed-up'],
    [
      ['batch-1', fmt(batch1.rowsPerSecond), fmt(batch1.meanBatch, 1), '1.00'],
      [
        'micro-batched (max 64, 2 ms)',
        fmt(batched.rowsPerSecond),
        fmt(batched.meanBatch, 1),
        fmt(speedup, 2),
      ],
    ],
  ),
);
console.log(`\nprovider: ${batched.provider}; target ≥ 5×: ${speedup >= 5 ? 'met' : 'NOT met'}\n`);

mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../results/axon.json', import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      http: {
        verifyOnly: { perSecond: verifyPerSecond },
        axon: authed,
        axonUnsignedResponses: authedUnsigned,
        bareFastify: bareResult,
        axonOverBare: authed.perSecond / bareResult.perSecond,
        axonOverVerifyOnly: authed.perSecond / verifyPerSecond,
      },
      inference: { clients: 64, seconds: INFER_SECONDS, batch1, batched, speedup },
    },
    null,
    2,
  )}\n`,
);
