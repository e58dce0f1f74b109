/** Stable error codes of the devnet node. Mapped to JSON-RPC codes only at the RPC edge. */
export type ChainErrorCode =
  | 'CHAIN_SCALE_DECODE'
  | 'CHAIN_SCALE_ENCODE'
  | 'CHAIN_BAD_EXTRINSIC'
  | 'CHAIN_INVALID_TRANSACTION'
  | 'CHAIN_UNKNOWN_TRANSACTION'
  | 'CHAIN_POOL_PRIORITY_TOO_LOW'
  | 'CHAIN_POOL_ALREADY_IMPORTED'
  | 'CHAIN_POOL_IMMEDIATELY_DROPPED'
  | 'CHAIN_UNKNOWN_BLOCK'
  | 'CHAIN_STATE_PRUNED'
  | 'CHAIN_UNKNOWN_RUNTIME_API'
  | 'CHAIN_BAD_PARAMS'
  | 'CHAIN_INCOMPATIBLE_DATABASE'
  | 'CHAIN_CLOSED'
  | 'CHAIN_OPTIONS_INVALID';

/**
 * The one error class of `@subnetkit/chain`: a short message, a stable `code` and optional details.
 *
 * @example
 * throw new ChainError('CHAIN_SCALE_DECODE', 'input too short', { details: 'wanted 4 bytes' });
 */
export class ChainError extends Error {
  override readonly name = 'ChainError';
  readonly code: ChainErrorCode;
  readonly details: string | undefined;

  constructor(code: ChainErrorCode, message: string, options: { details?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }
}
