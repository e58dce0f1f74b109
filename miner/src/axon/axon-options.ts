import type { NonceWindowOptions, Signer, Synapse } from '@subnetkit/sdk';
import { type Logger, silentLogger } from '@subnetkit/sdk';
import { MinerError } from '../miner-error.js';
import type { AxonMetrics } from './axon-metrics.js';
import type { Peer, PeerDirectory } from './peer-directory.js';

/**
 * What a handler receives besides the validated request.
 *
 * @example
 * const handler: AxonHandler = async (request, { hotkey, signal }) => ({ echoed: request.text });
 */
export interface AxonHandlerContext {
  /** The verified caller hotkey. */
  readonly hotkey: string;
  /** The caller's entry in the peer directory (undefined when the allowlist does not require registration). */
  readonly peer: Peer | undefined;
  /** Aborted when the request's deadline passes or the client goes away. */
  readonly signal: AbortSignal;
  /** Milliseconds left before the deadline when the handler started. */
  readonly deadlineMs: number;
}

/**
 * Serves one synapse: gets its validated request fields, returns its response fields.
 *
 * @example
 * const handler: AxonHandler = async (request) => ({ dummy_output: (request.dummy_input as number) * 2 });
 */
export type AxonHandler = (
  request: Record<string, unknown>,
  context: AxonHandlerContext,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** A fixed-window rate: `requests` per `windowMs`. */
export interface RateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

/**
 * Options of `buildAxon`. Every option has a default except `signer`, `synapses`, `handlers` and `peers`.
 *
 * @example
 * const options: AxonOptions = { signer, synapses: [Dummy], handlers: { Dummy: (r) => ({ dummy_output: 2 * r.dummy_input }) }, peers };
 */
export interface AxonOptions {
  /** This axon's hotkey: requests must be signed for its address; responses are signed with it. */
  readonly signer: Signer;
  /** Synapses served, one route `/${name}` each. */
  readonly synapses: readonly Synapse[];
  /** One handler per synapse name. */
  readonly handlers: Readonly<Record<string, AxonHandler>>;
  /** Who is registered, with which permit and stake. */
  readonly peers: PeerDirectory;
  readonly allowlist?: {
    /** Refuse hotkeys not in the directory (403). @defaultValue true */
    readonly requireRegistered?: boolean;
    /** Refuse hotkeys without a validator permit (403). @defaultValue true */
    readonly requireValidatorPermit?: boolean;
    /** Refuse hotkeys with less stake (403). @defaultValue 0 */
    readonly minStake?: number;
  };
  readonly rateLimit?: {
    /** Per source IP, checked before any header parsing. @defaultValue 600 per 60 s */
    readonly perIp?: RateLimit;
    /** Per verified hotkey. @defaultValue 1200 per 60 s */
    readonly perHotkey?: RateLimit;
  };
  readonly concurrency?: {
    /** In-flight requests per IP. @defaultValue 128 */
    readonly perIp?: number;
    /** In-flight requests per verified hotkey. @defaultValue 128 */
    readonly perHotkey?: number;
  };
  readonly priority?: {
    /** Handlers running at once; beyond this, requests queue by stake. @defaultValue 64 */
    readonly maxConcurrent?: number;
    /** How long a queued request waits before 503. @defaultValue 2000 */
    readonly maxWaitMs?: number;
    /** Queue length beyond which requests get 503 at once. @defaultValue 1024 */
    readonly maxQueue?: number;
  };
  /** Largest body in bytes (413). @defaultValue 1 MiB */
  readonly bodyLimit?: number;
  /** Nonce window (stale/future/replay). */
  readonly nonce?: NonceWindowOptions;
  /** Cap on the request's `timeout` header, in seconds, for the handler deadline. @defaultValue 60 */
  readonly maxTimeoutS?: number;
  /** The IP and port announced in `bt_header_axon_ip/port` (the chain's AxonInfo). @defaultValue 0.0.0.0:8091 */
  readonly external?: { readonly ip?: string; readonly port?: number };
  /**
   * Sign every synapse response with the axon's hotkey (`bt_header_axon_signature`). Costs one sr25519
   * signature per response, about as much as verifying the request. @defaultValue true
   */
  readonly signResponses?: boolean;
  /** Prometheus metrics; `/metrics` serves them. @defaultValue a fresh `createAxonMetrics()` */
  readonly metrics?: AxonMetrics;
  /**
   * Reported by `/healthz` (e.g. the model runner's execution provider); `ready: false` in it makes `/healthz`
   * answer 503.
   */
  readonly health?: () => Record<string, unknown>;
  readonly logger?: Logger;
  /** Clock in Unix nanoseconds (tests). @defaultValue wall clock */
  readonly nowNs?: () => bigint;
}

/** {@link AxonOptions} with every default filled in, validated and frozen. */
export type ResolvedAxonOptions = Readonly<{
  signer: Signer;
  synapses: ReadonlyMap<string, Synapse>;
  handlers: Readonly<Record<string, AxonHandler>>;
  peers: PeerDirectory;
  allowlist: Readonly<{ requireRegistered: boolean; requireValidatorPermit: boolean; minStake: number }>;
  rateLimit: Readonly<{ perIp: RateLimit; perHotkey: RateLimit }>;
  concurrency: Readonly<{ perIp: number; perHotkey: number }>;
  priority: Readonly<{ maxConcurrent: number; maxWaitMs: number; maxQueue: number }>;
  bodyLimit: number;
  nonce: NonceWindowOptions;
  maxTimeoutS: number;
  external: Readonly<{ ip: string; port: number }>;
  signResponses: boolean;
  metrics: AxonMetrics | undefined;
  health: () => Record<string, unknown>;
  logger: Logger;
  nowNs: () => bigint;
}>;

function invalid(message: string): never {
  throw new MinerError('MINER_OPTIONS_INVALID', message);
}

function positiveInt(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) invalid(`${name} must be an integer ≥ 1, got ${value}`);
  return value;
}

function rate(value: RateLimit | undefined, fallback: RateLimit, name: string): RateLimit {
  const r = value ?? fallback;
  positiveInt(r.requests, `${name}.requests`);
  positiveInt(r.windowMs, `${name}.windowMs`);
  return Object.freeze({ requests: r.requests, windowMs: r.windowMs });
}

const wallClockNs = () => BigInt(Date.now()) * 1_000_000n;

/**
 * Validates `buildAxon`'s options once and returns them with defaults, frozen. Throws
 * `MINER_OPTIONS_INVALID` naming the first bad option.
 *
 * @example
 * const resolved = resolveAxonOptions({ signer, synapses: [Dummy], handlers, peers });
 * resolved.priority.maxWaitMs; // 2000
 */
export function resolveAxonOptions(options: AxonOptions): ResolvedAxonOptions {
  if (!options.signer?.address) invalid('signer is required');
  if (!options.peers || typeof options.peers.lookup !== 'function') invalid('peers must be a PeerDirectory');
  const synapses = new Map<string, Synapse>();
  for (const synapse of options.synapses ?? []) {
    if (synapses.has(synapse.name)) invalid(`synapse ${synapse.name} is listed twice`);
    if (typeof options.handlers?.[synapse.name] !== 'function')
      invalid(`no handler for synapse ${synapse.name}`);
    synapses.set(synapse.name, synapse);
  }
  if (synapses.size === 0) invalid('synapses must list at least one synapse');
  for (const name of Object.keys(options.handlers)) {
    if (!synapses.has(name)) invalid(`handler ${name} has no synapse`);
  }
  const minStake = options.allowlist?.minStake ?? 0;
  if (!Number.isFinite(minStake) || minStake < 0) invalid('allowlist.minStake must be ≥ 0');
  const maxTimeoutS = options.maxTimeoutS ?? 60;
  if (!(maxTimeoutS > 0)) invalid('maxTimeoutS must be > 0');
  const maxWaitMs = options.priority?.maxWaitMs ?? 2000;
  if (!Number.isFinite(maxWaitMs) || maxWaitMs < 0) invalid('priority.maxWaitMs must be ≥ 0');
  const port = options.external?.port ?? 8091;
  if (!Number.isInteger(port) || port < 0 || port > 65535) invalid('external.port must be a port number');
  return Object.freeze({
    signer: options.signer,
    synapses,
    handlers: Object.freeze({ ...options.handlers }),
    peers: options.peers,
    allowlist: Object.freeze({
      requireRegistered: options.allowlist?.requireRegistered ?? true,
      requireValidatorPermit: options.allowlist?.requireValidatorPermit ?? true,
      minStake,
    }),
    rateLimit: Object.freeze({
      perIp: rate(options.rateLimit?.perIp, { requests: 600, windowMs: 60_000 }, 'rateLimit.perIp'),
      perHotkey: rate(
        options.rateLimit?.perHotkey,
        { requests: 1200, windowMs: 60_000 },
        'rateLimit.perHotkey',
      ),
    }),
    concurrency: Object.freeze({
      perIp: positiveInt(options.concurrency?.perIp ?? 128, 'concurrency.perIp'),
      perHotkey: positiveInt(options.concurrency?.perHotkey ?? 128, 'concurrency.perHotkey'),
    }),
    priority: Object.freeze({
      maxConcurrent: positiveInt(options.priority?.maxConcurrent ?? 64, 'priority.maxConcurrent'),
      maxWaitMs,
      maxQueue: positiveInt(options.priority?.maxQueue ?? 1024, 'priority.maxQueue'),
    }),
    bodyLimit: positiveInt(options.bodyLimit ?? 1024 * 1024, 'bodyLimit'),
    nonce: Object.freeze({ ...options.nonce, maxTimeoutS: options.nonce?.maxTimeoutS ?? maxTimeoutS }),
    maxTimeoutS,
    external: Object.freeze({ ip: options.external?.ip ?? '0.0.0.0', port }),
    signResponses: options.signResponses ?? true,
    metrics: options.metrics,
    health: options.health ?? (() => ({})),
    logger: options.logger ?? silentLogger,
    nowNs: options.nowNs ?? wallClockNs,
  });
}
