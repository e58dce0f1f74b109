import { ChainError } from '../frame/chain-error.js';

/**
 * How much one client may ask of the RPC server: Substrate's `--rpc-max-*` flags, with its defaults
 * (the batch length, unlimited in Substrate, takes geth's default instead).
 *
 * @example
 * const limits: RpcLimits = { ...DEFAULT_RPC_LIMITS, maxBatchLength: 100 };
 */
export interface RpcLimits {
  /** Largest request (WebSocket message or HTTP body), in bytes. `--rpc-max-request-size` (15 MiB). */
  readonly maxRequestBytes: number;
  /**
   * Largest response, in bytes: one call's answer over it is `-32008 Response is too big`, a batch whose
   * answers add up to more is `-32011`. `--rpc-max-response-size` (15 MiB).
   */
  readonly maxResponseBytes: number;
  /** Open TCP connections (WebSocket and HTTP); more are answered 429. `--rpc-max-connections` (100). */
  readonly maxConnections: number;
  /** Subscriptions one WebSocket may hold; more are `-32006`. `--rpc-max-subscriptions-per-connection` (1024). */
  readonly maxSubscriptionsPerConnection: number;
  /** Calls in one batch; longer batches are `-32010`. `--rpc-max-batch-request-len` (1000). */
  readonly maxBatchLength: number;
  /**
   * Messages a WebSocket may have waiting for a client that does not read (the kernel's socket buffers
   * aside); the queue is also full at `maxResponseBytes` of them. With a full queue the server stops
   * reading the client's requests, and a notification closes the connection (1008).
   * `--rpc-message-buffer-capacity-per-connection` (64).
   */
  readonly messageBufferCapacity: number;
}

const MIB = 1024 * 1024;

/** Substrate's defaults (batch length: geth's 1,000, since Substrate's is unlimited). */
export const DEFAULT_RPC_LIMITS: RpcLimits = Object.freeze({
  maxRequestBytes: 15 * MIB,
  maxResponseBytes: 15 * MIB,
  maxConnections: 100,
  maxSubscriptionsPerConnection: 1024,
  maxBatchLength: 1000,
  messageBufferCapacity: 64,
});

/**
 * Fills in defaults and checks every limit is a positive integer; throws `CHAIN_OPTIONS_INVALID` naming
 * the first bad one.
 *
 * @example
 * const limits = resolveRpcLimits({ maxConnections: 10 }); // the rest are Substrate's defaults
 */
export function resolveRpcLimits(overrides: Partial<RpcLimits> = {}): RpcLimits {
  const pick = (name: keyof RpcLimits): number => {
    const value = overrides[name] ?? DEFAULT_RPC_LIMITS[name];
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new ChainError(
        'CHAIN_OPTIONS_INVALID',
        `RPC limit ${name} must be a positive integer, got ${value}`,
      );
    }
    return value;
  };
  return Object.freeze({
    maxRequestBytes: pick('maxRequestBytes'),
    maxResponseBytes: pick('maxResponseBytes'),
    maxConnections: pick('maxConnections'),
    maxSubscriptionsPerConnection: pick('maxSubscriptionsPerConnection'),
    maxBatchLength: pick('maxBatchLength'),
    messageBufferCapacity: pick('messageBufferCapacity'),
  });
}
