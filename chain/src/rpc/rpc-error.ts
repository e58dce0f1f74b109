import { BaseError, shortMessageOf } from '@subnetkit/errors';
import { PoolError } from '../blockchain/transaction-pool.js';
import { ChainError } from '../frame/chain-error.js';

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
  /** chainHead_v1: the block hash is not pinned by the follow subscription. */
  INVALID_BLOCK: -32801,
  /** chainHead_v1_continue: the operation is not waiting for `continue`. */
  NOT_WAITING: -32803,
} as const;

/**
 * The stable code of an {@link RpcError}: `CHAIN_RPC_` and its key in {@link RPC_ERROR}.
 *
 * @example
 * const code: RpcErrorCode = 'CHAIN_RPC_INVALID_PARAMS';
 */
export type RpcErrorCode = `CHAIN_RPC_${keyof typeof RPC_ERROR}`;

function isRpcErrorKey(key: string): key is keyof typeof RPC_ERROR {
  return Object.hasOwn(RPC_ERROR, key);
}

/** The stable code of a JSON-RPC code: the key it has in {@link RPC_ERROR}. */
function stableCode(rpcCode: (typeof RPC_ERROR)[keyof typeof RPC_ERROR]): RpcErrorCode {
  for (const key of Object.keys(RPC_ERROR)) {
    if (isRpcErrorKey(key) && RPC_ERROR[key] === rpcCode) return `CHAIN_RPC_${key}`;
  }
  return 'CHAIN_RPC_INTERNAL_ERROR';
}

/**
 * An error as it goes out in a JSON-RPC response: `rpcCode` is the JSON-RPC code (Substrate's), `code` the
 * stable `CHAIN_RPC_…` code of the shared `BaseError`, and the response carries `shortMessage` and `data`.
 *
 * @example
 * throw new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', 'expected a hex string');
 */
export class RpcError extends BaseError<RpcErrorCode> {
  override readonly name = 'RpcError';
  constructor(
    readonly rpcCode: (typeof RPC_ERROR)[keyof typeof RPC_ERROR],
    message: string,
    readonly data?: unknown,
  ) {
    super(stableCode(rpcCode), message, typeof data === 'string' ? { details: data } : {});
  }

  /** The `error` member of a response. */
  toJSON(): { code: number; message: string; data?: unknown } {
    return this.data === undefined
      ? { code: this.rpcCode, message: this.shortMessage }
      : { code: this.rpcCode, message: this.shortMessage, data: this.data };
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
        return new RpcError(RPC_ERROR.INVALID_TRANSACTION, 'Invalid Transaction', error.shortMessage);
      case 'CHAIN_UNKNOWN_TRANSACTION':
        return new RpcError(
          RPC_ERROR.UNKNOWN_TRANSACTION,
          'Unknown Transaction Validity',
          error.shortMessage,
        );
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
        return new RpcError(RPC_ERROR.BAD_FORMAT, 'Extrinsic has invalid format', error.shortMessage);
      case 'CHAIN_BAD_PARAMS':
      case 'CHAIN_SCALE_DECODE':
        return new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', error.shortMessage);
      case 'CHAIN_UNKNOWN_BLOCK':
      case 'CHAIN_STATE_PRUNED':
      case 'CHAIN_UNKNOWN_RUNTIME_API':
        return new RpcError(RPC_ERROR.CLIENT_ERROR, `Client error: ${error.shortMessage}`);
      default:
        return new RpcError(RPC_ERROR.INTERNAL_ERROR, 'Internal error', error.shortMessage);
    }
  }
  return new RpcError(RPC_ERROR.INTERNAL_ERROR, 'Internal error', shortMessageOf(error));
}
