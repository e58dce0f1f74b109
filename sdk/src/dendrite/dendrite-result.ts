import type { AxonTarget } from '../protocol/prepare-request.js';

/**
 * The outcome of one axon call. Never an exception: miners' failures are data. `status` follows Bittensor's dendrite:
 * the HTTP status the axon answered, or 408 (deadline passed), 503 (connection refused or dropped), 422 (response
 * not JSON or not valid for the synapse).
 *
 * @example
 * const [first]: DendriteResult<SynapseResponse<typeof Dummy>>[] = await dendrite.query({ synapse: Dummy, axons, input });
 * if (first.status === 408) console.log('timed out after', first.elapsedMs, 'ms');
 */
export type DendriteResult<response> = {
  axon: AxonTarget;
  /** HTTP-style status code. 200 means `response` is set and valid. */
  status: number;
  /** "Success", the axon's `message`, or why the call failed. */
  message: string;
  /** True when `status === 200`. */
  ok: boolean;
  /** Validated response fields (only the synapse's response fields; a miner cannot overwrite request fields). */
  response: response | undefined;
  /** Client-side wall time of the call in milliseconds (0 when it never started). */
  elapsedMs: number;
  /** The axon's own `bt_header_axon_process_time` (seconds), when it sent one. */
  processTime: number | undefined;
};
