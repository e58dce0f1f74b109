import type { ParsedSynapseHeaders, Synapse } from '@subnetkit/sdk';
import type { AxonErrorCode } from './axon-errors.js';
import type { Peer } from './peer-directory.js';

/**
 * What the axon's hooks learn about a request, in hook order. Lives on `request.axon`.
 *
 * @example
 * app.addHook('preHandler', async (request) => request.axon.hotkey);
 */
export interface AxonRequestState {
  /** `performance.now()` when the request arrived. */
  readonly startedMs: number;
  synapse: Synapse | undefined;
  headers: ParsedSynapseHeaders | undefined;
  /** Set once the signature verified. */
  hotkey: string | undefined;
  peer: Peer | undefined;
  /** Validated request fields, set in preValidation. */
  fields: Record<string, unknown> | undefined;
  /** Seconds, the request's `timeout` capped by `maxTimeoutS`. */
  timeoutS: number;
  /** Why the request was rejected, for metrics and logs. */
  rejected: AxonErrorCode | undefined;
  /** `bt_header_axon_status_message`: "Success" or the error message. */
  statusMessage: string;
  /** Slots (concurrency, priority) to give back when the response is done. Run once. */
  releases: (() => void)[];
}

declare module 'fastify' {
  interface FastifyRequest {
    axon: AxonRequestState;
  }
  interface FastifyContextConfig {
    /** The synapse a route serves; absent on /healthz and /metrics, which skip the axon's checks. */
    synapse?: Synapse;
  }
}

/**
 * A fresh state for a request.
 *
 * @example
 * request.axon = createAxonRequestState();
 */
export function createAxonRequestState(): AxonRequestState {
  return {
    startedMs: performance.now(),
    synapse: undefined,
    headers: undefined,
    hotkey: undefined,
    peer: undefined,
    fields: undefined,
    timeoutS: 12,
    rejected: undefined,
    statusMessage: 'Success',
    releases: [],
  };
}

/**
 * Gives back every slot a request holds, once.
 *
 * @example
 * app.addHook('onResponse', async (request) => releaseAxonRequest(request.axon));
 */
export function releaseAxonRequest(state: AxonRequestState): void {
  const releases = state.releases.splice(0);
  for (const release of releases) release();
}
