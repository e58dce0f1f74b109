import { PoolError } from '../blockchain/transaction-pool.js';
import { ChainError } from '../runtime/chain-error.js';

/** JSON-RPC error codes served by the devnet (Substrate's where it has one). */
export const RPC_ERROR = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
  /** jsonrpsee's server limits (Substrate's `--rpc-max-*` flags). */
  TOO_MANY_SUBSCRIPTIONS: -32006,
  OVERSIZED_REQUEST: -32007,
  OVERSIZED_RESPONSE: -32008,
  TOO_BIG_BATCH_REQUEST: -32010,
  TOO_BIG_BATCH_RESPONSE: -32011,
  /** author: extrinsic has invalid format. */
  BAD_FORMAT: 1001,
  INVALID_TRANSACTION: 1010,
  UNKNOWN_TRANSACTION: 1011,
  ALREADY_IMPORTED: 1013,
  PRIORITY_TOO_LOW: 1014,
  /** author: the pool is full (Substrate's `ImmediatelyDropped`). */
  IMMEDIATELY_DROPPED: 1016,
  /** state/chain: client error (unknown block, pruned state, runtime call failure). */
  CLIENT_ERROR: 4003,
} as const;

/**
 * An error as it goes out in a JSON-RPC response.
 *
 * @example
 * throw new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', 'expected a hex string');
 */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }

  /** The `error` member of a response. */
  toJSON(): { code: number; message: string; data?: unknown } {
    return this.data === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, data: this.data };
  }
}

/**
 * Maps any error from the node to the JSON-RPC error a Substrate node would send.
 *
 * @example
 * ws.send(JSON.stringify({ jsonrpc: '2.0', id, error: toRpcError(e).toJSON() }));
 */
export function toRpcError(error: unknown): RpcError {
  if (error instanceof RpcError) return error;
  if (error instanceof PoolError) {
    switch (error.code) {
      case 'CHAIN_INVALID_TRANSACTION':
        return new RpcError(RPC_ERROR.INVALID_TRANSACTION, 'Invalid Transaction', error.message);
      case 'CHAIN_UNKNOWN_TRANSACTION':
        return new RpcError(RPC_ERROR.UNKNOWN_TRANSACTION, 'Unknown Transaction Validity', error.message);
      case 'CHAIN_POOL_PRIORITY_TOO_LOW':
        return new RpcError(
          RPC_ERROR.PRIORITY_TOO_LOW,
          'Priority is too low',
          'The transaction has too low priority to replace another transaction already in the pool.',
        );
      case 'CHAIN_POOL_ALREADY_IMPORTED':
        return new RpcError(
          RPC_ERROR.ALREADY_IMPORTED,
          'Transaction Already Imported',
          'The transaction is already in the pool.',
        );
      case 'CHAIN_POOL_IMMEDIATELY_DROPPED':
        return new RpcError(
          RPC_ERROR.IMMEDIATELY_DROPPED,
          'Immediately Dropped',
          "The transaction couldn't enter the pool because of the limit",
        );
    }
  }
  if (error instanceof ChainError) {
    switch (error.code) {
      case 'CHAIN_BAD_EXTRINSIC':
        return new RpcError(RPC_ERROR.BAD_FORMAT, 'Extrinsic has invalid format', error.message);
      case 'CHAIN_BAD_PARAMS':
      case 'CHAIN_SCALE_DECODE':
        return new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', error.message);
      case 'CHAIN_UNKNOWN_BLOCK':
      case 'CHAIN_STATE_PRUNED':
      case 'CHAIN_UNKNOWN_RUNTIME_API':
        return new RpcError(RPC_ERROR.CLIENT_ERROR, `Client error: ${error.message}`);
      default:
        return new RpcError(RPC_ERROR.INTERNAL_ERROR, 'Internal error', error.message);
    }
  }
  return new RpcError(
    RPC_ERROR.INTERNAL_ERROR,
    'Internal error',
    error instanceof Error ? error.message : String(error),
  );
}
