import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import { SdkError } from '../errors/sdk-error.js';
import type { Synapse, SynapseRequest, SynapseResponse } from '../protocol/define-synapse.js';
import { type AxonTarget, PROTOCOL_VERSION, prepareRequest } from '../protocol/prepare-request.js';
import type { Signer } from '../wallet/signer.js';
import type { DendriteResult } from './dendrite-result.js';

/**
 * Options of {@link createDendrite}.
 *
 * @example
 * const options: CreateDendriteOptions = { signer, concurrency: 128, externalIp: '203.0.113.7' };
 */
export type CreateDendriteOptions = {
  /** The validator's hotkey. */
  signer: Signer;
  /** Fixed per dendrite, part of every signature. @defaultValue a random UUID */
  uuid?: string;
  /** External IP announced in `bt_header_dendrite_ip` (informational). @defaultValue '0.0.0.0' */
  externalIp?: string;
  /** `bt_header_dendrite_version`. @defaultValue 10002000 */
  version?: number;
  /** Most requests in flight per `query`. @defaultValue 256 */
  concurrency?: number;
  /** Most pooled keep-alive sockets per axon. @defaultValue 4 */
  maxSocketsPerAxon?: number;
  /** Larger responses count as failures (422). @defaultValue 16 MiB */
  maxResponseBytes?: number;
  /** Clock for nonces, Unix nanoseconds. Tests may fix it. @defaultValue wall clock */
  nowNs?: () => bigint;
};

/**
 * Parameters of {@link Dendrite.query}.
 *
 * @example
 * const parameters: DendriteQueryParameters<typeof Dummy> = { synapse: Dummy, axons, input: { dummy_input: 1 }, timeout: 12 };
 */
export type DendriteQueryParameters<synapse extends Synapse> = {
  synapse: synapse;
  axons: readonly AxonTarget[];
  /** The same request for every axon, or one per axon. */
  input: SynapseRequest<synapse> | ((axon: AxonTarget, index: number) => SynapseRequest<synapse>);
  /** Total deadline in seconds for the whole query (also the `timeout` header). @defaultValue 12 */
  timeout?: number;
  /** Overrides the dendrite's concurrency for this query. */
  concurrency?: number;
  /** Cancels the whole query; unfinished axons get 408. */
  signal?: AbortSignal;
};

/**
 * A dendrite: signs and sends synapses to many axons.
 *
 * @example
 * const dendrite: Dendrite = createDendrite({ signer });
 * dendrite.close();
 */
export type Dendrite = {
  readonly uuid: string;
  readonly hotkey: string;
  /**
   * Queries every axon; resolves by the deadline with one result per axon, in order. Never rejects for a miner's
   * failure; rejects (`SDK_SYNAPSE_INVALID`) only when a shared `input` is invalid.
   */
  query<synapse extends Synapse>(
    parameters: DendriteQueryParameters<synapse>,
  ): Promise<DendriteResult<SynapseResponse<synapse>>[]>;
  /** Closes pooled connections. */
  close(): void;
};

/**
 * Creates a dendrite that speaks Bittensor's axon protocol: POST `/SynapseName` with `bt_header_*` headers, the
 * Python `model_dump()` body and an sr25519 signature over `nonce.dendrite.axon.uuid.bodyHash`. Queries run
 * concurrently up to a limit over keep-alive connections, under one total deadline; each axon yields a
 * {@link DendriteResult} with its status code and timing (408 timeout, 503 unreachable, 422 bad response), so one
 * slow or broken miner never fails the batch.
 *
 * @example
 * await cryptoReady();
 * const dendrite = createDendrite({ signer: createSigner(hotkey) });
 * const results = await dendrite.query({ synapse: Dummy, axons, input: { dummy_input: 7 }, timeout: 12 });
 * const scores = results.map((r) => (r.ok && r.response?.dummy_output === 14 ? 1 : 0));
 */
export function createDendrite(options: CreateDendriteOptions): Dendrite {
  const { signer } = options;
  const uuid = options.uuid ?? randomUUID();
  const agent = new Agent({
    keepAlive: true,
    maxSockets: options.maxSocketsPerAxon ?? 4,
    maxFreeSockets: options.maxSocketsPerAxon ?? 4,
  });
  const maxResponseBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
  const clock = options.nowNs ?? (() => BigInt(Date.now()) * 1_000_000n);
  let lastNonce = 0n;
  const nextNonce = () => {
    const now = clock();
    lastNonce = now > lastNonce ? now : lastNonce + 1n;
    return lastNonce;
  };

  async function query<synapse extends Synapse>(
    parameters: DendriteQueryParameters<synapse>,
  ): Promise<DendriteResult<SynapseResponse<synapse>>[]> {
    type Result = DendriteResult<SynapseResponse<synapse>>;
    const { synapse, axons } = parameters;
    const timeout = parameters.timeout ?? 12;
    if (typeof parameters.input !== 'function') {
      // A bad shared input is the caller's bug, not a miner's failure: refuse it before sending anything.
      const checked = synapse.request.safeParse(parameters.input);
      if (!checked.success) {
        throw new SdkError('SDK_SYNAPSE_INVALID', `Invalid ${synapse.name} request.`, {
          details: checked.error.message,
        });
      }
    }
    const concurrency = Math.max(1, parameters.concurrency ?? options.concurrency ?? 256);
    const controller = new AbortController();
    // Each in-flight request listens on this one signal; up to `concurrency` of them at once is expected.
    setMaxListeners(concurrency + 2, controller.signal);
    const timer = setTimeout(() => controller.abort(), Math.max(0, timeout * 1000));
    const onAbort = () => controller.abort();
    parameters.signal?.addEventListener('abort', onAbort, { once: true });
    if (parameters.signal?.aborted) controller.abort();

    // Rejects when the deadline passes, so a slow (remote) signer cannot hold a call past it.
    const deadline = new Promise<never>((_, reject) => {
      controller.signal.addEventListener(
        'abort',
        () => reject(Object.assign(new Error('deadline'), { name: 'AbortError' })),
        {
          once: true,
        },
      );
    });
    deadline.catch(() => undefined);
    const results = new Array<Result>(axons.length);
    const fail = (axon: AxonTarget, status: number, message: string, elapsedMs = 0): Result => ({
      axon,
      status,
      message,
      ok: false,
      response: undefined,
      elapsedMs,
      processTime: undefined,
    });
    const timeoutMessage = `Request timeout after ${timeout} seconds`;

    const callOne = async (index: number): Promise<void> => {
      const axon = axons[index];
      if (controller.signal.aborted) {
        results[index] = fail(axon, 408, timeoutMessage);
        return;
      }
      const started = performance.now();
      try {
        const input =
          typeof parameters.input === 'function' ? parameters.input(axon, index) : parameters.input;
        const prepared = await Promise.race([
          deadline,
          prepareRequest({
            synapse,
            input,
            signer,
            axon,
            nonce: nextNonce(),
            uuid,
            timeout,
            ...(options.externalIp === undefined ? {} : { dendriteIp: options.externalIp }),
            version: options.version ?? PROTOCOL_VERSION,
          }),
        ]);
        const { response, body } = await post(prepared, axon, controller.signal);
        const elapsedMs = performance.now() - started;
        const processTimeHeader = response.headers.bt_header_axon_process_time;
        const processTime = typeof processTimeHeader === 'string' ? Number(processTimeHeader) : undefined;
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch (error) {
          const status = response.statusCode === 200 ? 422 : (response.statusCode ?? 500);
          results[index] = {
            ...fail(axon, status, `Failed to parse response: ${(error as Error).message}`, elapsedMs),
            processTime,
          };
          return;
        }
        if (response.statusCode !== 200) {
          const record = (json ?? {}) as { message?: unknown; detail?: unknown };
          const message =
            typeof record.message === 'string' ? record.message : JSON.stringify(record.detail ?? json);
          results[index] = { ...fail(axon, response.statusCode ?? 500, message, elapsedMs), processTime };
          return;
        }
        const picked: Record<string, unknown> = {};
        const record = (json ?? {}) as Record<string, unknown>;
        for (const key of Object.keys(synapse.response.shape)) if (key in record) picked[key] = record[key];
        const parsed = synapse.response.safeParse(picked);
        if (!parsed.success) {
          results[index] = {
            ...fail(axon, 422, `Failed to parse response: ${parsed.error.message}`, elapsedMs),
            processTime,
          };
          return;
        }
        results[index] = {
          axon,
          status: 200,
          message: 'Success',
          ok: true,
          response: parsed.data as SynapseResponse<synapse>,
          elapsedMs,
          processTime,
        };
      } catch (error) {
        const elapsedMs = performance.now() - started;
        results[index] = fail(
          axon,
          ...classify(error, axon, synapse.name, controller.signal.aborted, timeoutMessage),
          elapsedMs,
        );
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < axons.length) await callOne(next++);
    };
    try {
      await Promise.all(Array.from({ length: Math.min(concurrency, axons.length) }, worker));
    } finally {
      clearTimeout(timer);
      parameters.signal?.removeEventListener('abort', onAbort);
    }
    return results;
  }

  function post(
    prepared: Awaited<ReturnType<typeof prepareRequest>>,
    axon: AxonTarget,
    signal: AbortSignal,
  ): Promise<{ response: IncomingMessage; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: axon.ip,
          port: axon.port,
          path: prepared.path,
          method: 'POST',
          agent,
          signal,
          headers: {
            ...prepared.headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(prepared.body),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxResponseBytes) {
              req.destroy(
                new SdkError('SDK_RESPONSE_TOO_LARGE', `The response is over ${maxResponseBytes} bytes.`),
              );
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () => resolve({ response, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
          // A connection dropped mid-body may close without 'end' or 'error'; never leave the call hanging.
          response.on('close', () => {
            if (!response.complete)
              reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
          });
        },
      );
      req.on('error', reject);
      req.end(prepared.body);
    });
  }

  return {
    uuid,
    hotkey: signer.address,
    query,
    close: () => agent.destroy(),
  };
}

/** Maps a transport error to Bittensor's dendrite status codes (`DENDRITE_ERROR_MAPPING`). */
function classify(
  error: unknown,
  axon: AxonTarget,
  name: string,
  timedOut: boolean,
  timeoutMessage: string,
): [number, string] {
  if (timedOut || (error as Error).name === 'AbortError') return [408, timeoutMessage];
  if (error instanceof SdkError && error.code === 'SDK_RESPONSE_TOO_LARGE')
    return [422, 'Failed to parse response: response too large'];
  const code = (error as NodeJS.ErrnoException).code;
  if (
    code === 'ECONNREFUSED' ||
    code === 'EHOSTUNREACH' ||
    code === 'ENETUNREACH' ||
    code === 'ENOTFOUND' ||
    code === 'EAI_AGAIN'
  ) {
    return [503, `Service unavailable at ${axon.ip}:${axon.port}/${name}`];
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || (error as Error).message === 'socket hang up') {
    return [503, `Service disconnected: ${(error as Error).message}`];
  }
  if (error instanceof SdkError) return [422, `Invalid request: ${error.shortMessage}`];
  return [422, `Failed to parse response: ${(error as Error).message}`];
}
