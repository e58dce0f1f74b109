/**
 * The axon's error codes, each with the HTTP status a Bittensor dendrite expects for it
 * (`bittensor-wire-protocol.md` §7) and the Bittensor message prefix where one exists.
 * This table is the one place where codes meet HTTP.
 *
 * @example
 * AXON_ERRORS.AXON_SIGNATURE_INVALID.status; // 401
 */
export const AXON_ERRORS = {
  /** The path is not `/<SynapseName>`. */
  AXON_ROUTE_INVALID: { status: 400 },
  /** No synapse of that name is served here. */
  AXON_ROUTE_UNKNOWN: { status: 404 },
  /** A synapse header does not parse (nonce not an integer, timeout not a number, bad base64 JSON…). */
  AXON_HEADERS_MALFORMED: { status: 400 },
  /** A required header is absent (signature, nonce, hotkey, uuid, body hash). Bittensor: "Not Verified". */
  AXON_HEADERS_MISSING: { status: 401 },
  /** The request names another axon's hotkey or is not addressed to this synapse. */
  AXON_WRONG_AXON: { status: 401 },
  /** The nonce is older than the window (allowed delta + timeout). */
  AXON_NONCE_STALE: { status: 401 },
  /** The nonce is further in the future than the window allows. */
  AXON_NONCE_FUTURE: { status: 401 },
  /** The nonce was already used by this dendrite (hotkey, uuid). */
  AXON_NONCE_REPLAY: { status: 401 },
  /** The sr25519 signature does not verify for this axon's hotkey. */
  AXON_SIGNATURE_INVALID: { status: 401 },
  /** Too many requests from one IP or one hotkey in the window. */
  AXON_RATE_LIMITED: { status: 429 },
  /** Too many requests in flight from one IP or one hotkey. */
  AXON_CONCURRENCY_LIMITED: { status: 429 },
  /** The body is larger than `bodyLimit`. */
  AXON_BODY_TOO_LARGE: { status: 413 },
  /** The body is not JSON. */
  AXON_BODY_MALFORMED: { status: 400 },
  /** `computed_body_hash` does not match the body. */
  AXON_BODY_HASH_MISMATCH: { status: 400 },
  /** The body does not validate against the synapse's request schema. */
  AXON_BODY_INVALID: { status: 422 },
  /** The hotkey is not registered on the subnet. Bittensor: "Forbidden. Key is blacklisted". */
  AXON_NOT_REGISTERED: { status: 403 },
  /** The hotkey has no validator permit. */
  AXON_NO_VALIDATOR_PERMIT: { status: 403 },
  /** The hotkey's stake is below `allowlist.minStake`. */
  AXON_STAKE_TOO_LOW: { status: 403 },
  /** Saturated: the request waited in the priority queue longer than `priority.maxWaitMs`. */
  AXON_OVERLOADED: { status: 503 },
  /** The axon is shutting down. */
  AXON_SHUTTING_DOWN: { status: 503 },
  /** The handler did not finish within the request's `timeout`. */
  AXON_TIMEOUT: { status: 408 },
  /** The handler failed. */
  AXON_HANDLER_FAILED: { status: 500 },
  /** The handler's response does not validate against the synapse's response schema. */
  AXON_RESPONSE_INVALID: { status: 500 },
} as const satisfies Record<string, { status: number }>;

/**
 * A stable axon error code.
 *
 * @example
 * const code: AxonErrorCode = 'AXON_NONCE_REPLAY';
 */
export type AxonErrorCode = keyof typeof AXON_ERRORS;

/**
 * The HTTP status of an axon error code.
 *
 * @example
 * axonErrorStatus('AXON_STAKE_TOO_LOW'); // 403
 */
export function axonErrorStatus(code: AxonErrorCode): number {
  return AXON_ERRORS[code].status;
}
