import { BaseError } from '@subnetkit/errors';

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
  | 'CHAIN_OPTIONS_INVALID';

/**
 * An error of the devnet node's runtime, block production and transaction pool, on the shared `BaseError`.
 * The other chain layers have their own subclasses of `BaseError`: `StorageError` (the database),
 * `RpcError` (the JSON-RPC wire form), `DispatchFailure` (a pallet call's failure), `StepInputError` and
 * `ScenarioError` (Yuma inputs); all their codes start with `CHAIN_` and are listed in `docs/errors.md`.
 *
 * @example
 * throw new ChainError('CHAIN_SCALE_DECODE', 'input too short', { details: 'wanted 4 bytes' });
 */
export class ChainError extends BaseError<ChainErrorCode> {
  override readonly name = 'ChainError';
}
