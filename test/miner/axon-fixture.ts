/**
 * A real listening axon on 127.0.0.1 (port 0) with known peers, and helpers that build requests with
 * the SDK and send them over HTTP.
 */
import {
  AXON_ERRORS,
  type AxonErrorCode,
  type AxonOptions,
  buildAxon,
  createAxonMetrics,
  createStaticPeerDirectory,
} from '@subnetkit/miner';
import {
  type AxonTarget,
  createKeypair,
  createSigner,
  cryptoReady,
  defineSynapse,
  type PreparedRequest,
  prepareRequest,
  type Signer,
  type Synapse,
} from '@subnetkit/sdk';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/** Bittensor's template synapse: no hash fields, like a Python `Dummy`. */
export const Dummy = defineSynapse({
  name: 'Dummy',
  request: { dummy_input: z.int() },
  response: { dummy_output: z.int().nullable().default(null) },
  hashFields: [],
});

/** A synapse whose request field is hashed (subnetkit's default). */
export const Echo = defineSynapse({
  name: 'Echo',
  request: { text: z.string() },
  response: { echoed: z.string().nullable().default(null) },
});

export const keys = {
  miner: () => createSigner(createKeypair({ uri: '//Ferdie' })),
  otherMiner: () => createSigner(createKeypair({ uri: '//Eve' })),
  validator: () => createSigner(createKeypair({ uri: '//Alice' })),
  noPermit: () => createSigner(createKeypair({ uri: '//Bob' })),
  lowStake: () => createSigner(createKeypair({ uri: '//Charlie' })),
  unregistered: () => createSigner(createKeypair({ uri: '//Dave' })),
};

export interface TestAxon {
  readonly app: FastifyInstance;
  readonly target: AxonTarget;
  readonly miner: Signer;
  readonly calls: { count: number };
  readonly metrics: ReturnType<typeof createAxonMetrics>;
  close(): Promise<void>;
}

/** Starts an axon serving Dummy (×2) and Echo; `calls.count` counts handler invocations. */
export async function startAxon(overrides: Partial<AxonOptions> = {}): Promise<TestAxon> {
  await cryptoReady();
  const miner = keys.miner();
  const peers = createStaticPeerDirectory({
    [keys.validator().address]: { uid: 0, validatorPermit: true, stake: 1000, ip: '10.0.0.1' },
    [keys.noPermit().address]: { uid: 1, validatorPermit: false, stake: 1000, ip: '10.0.0.2' },
    [keys.lowStake().address]: { uid: 2, validatorPermit: true, stake: 1, ip: '10.0.0.3' },
  });
  const calls = { count: 0 };
  const metrics = createAxonMetrics();
  const app = buildAxon({
    signer: miner,
    synapses: [Dummy, Echo],
    handlers: {
      Dummy: (request) => {
        calls.count++;
        return { dummy_output: (request.dummy_input as number) * 2 };
      },
      Echo: (request) => {
        calls.count++;
        return { echoed: request.text as string };
      },
    },
    peers,
    allowlist: { minStake: 10 },
    bodyLimit: 64 * 1024,
    rateLimit: {
      perIp: { requests: 100_000, windowMs: 60_000 },
      perHotkey: { requests: 100_000, windowMs: 60_000 },
    },
    external: { ip: '127.0.0.1', port: 0 },
    metrics,
    ...overrides,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    app,
    miner,
    calls,
    metrics,
    target: { ip: '127.0.0.1', port: address.port, hotkey: miner.address },
    close: () => app.close(),
  };
}

let lastNonce = 0n;
/** A fresh, strictly increasing Unix-ns nonce. */
export function nowNonce(): bigint {
  const now = BigInt(Date.now()) * 1_000_000n;
  lastNonce = now > lastNonce ? now : lastNonce + 1n;
  return lastNonce;
}

/** Builds a signed request with the SDK. */
export function request<synapse extends Synapse>(
  axon: TestAxon,
  parameters: {
    synapse: synapse;
    input: Parameters<typeof prepareRequest<synapse>>[0]['input'];
    signer?: Signer;
    target?: AxonTarget;
    nonce?: bigint;
    uuid?: string;
    timeout?: number;
  },
): Promise<PreparedRequest> {
  return prepareRequest({
    synapse: parameters.synapse,
    input: parameters.input,
    signer: parameters.signer ?? keys.validator(),
    axon: parameters.target ?? axon.target,
    nonce: parameters.nonce ?? nowNonce(),
    uuid: parameters.uuid ?? 'a1b2c3d4-0000-11ef-8000-000000000001',
    timeout: parameters.timeout ?? 12,
  });
}

/** POSTs to the axon; returns status, headers and body. */
export async function send(
  axon: TestAxon,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; headers: Record<string, string>; body: string; json: any }> {
  const response = await fetch(`http://127.0.0.1:${axon.target.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), body: text, json };
}

/** Sends a prepared request as is. */
export function sendPrepared(axon: TestAxon, prepared: PreparedRequest) {
  return send(axon, prepared.path, prepared.headers, prepared.body);
}

/** The status the axon answers for a code. */
export function statusOf(code: AxonErrorCode): number {
  return AXON_ERRORS[code].status;
}
