/**
 * The storage layer's error class, on the shared `BaseError`, with stable codes that the RPC edge maps to
 * JSON-RPC errors.
 */
import { BaseError } from '@subnetkit/errors';

/**
 * Stable codes of {@link StorageError}.
 *
 * - `CHAIN_STATE_PRUNED`: the state of a block older than the history window was asked for.
 * - `CHAIN_BLOCK_NOT_FOUND`: no such block (unknown hash or number, or reverted).
 * - `CHAIN_BLOCK_NOT_CHILD`: `commitBlock` with a block that is not the child of the head.
 * - `CHAIN_STORAGE_INVALID_HEX`: a key or value that is not `0x`-prefixed lowercase hex of whole bytes.
 * - `CHAIN_STORAGE_NO_TRANSACTION`: `commit()`/`rollback()` on a layer with no open transaction.
 * - `CHAIN_STORAGE_CLOSED`: the database was used after `close()`.
 * - `CHAIN_STORAGE_LOCKED`: the base path is in use by another live process.
 * - `CHAIN_STORAGE_CORRUPT`: the database on disk does not have the expected layout.
 *
 * @example
 * const code: StorageErrorCode = 'CHAIN_STATE_PRUNED';
 */
export type StorageErrorCode =
  | 'CHAIN_STATE_PRUNED'
  | 'CHAIN_BLOCK_NOT_FOUND'
  | 'CHAIN_BLOCK_NOT_CHILD'
  | 'CHAIN_STORAGE_INVALID_HEX'
  | 'CHAIN_STORAGE_NO_TRANSACTION'
  | 'CHAIN_STORAGE_CLOSED'
  | 'CHAIN_STORAGE_LOCKED'
  | 'CHAIN_STORAGE_CORRUPT';

/**
 * An error raised by the storage layer. `code` is stable; `shortMessage` is short and human readable;
 * `values` holds the values involved (block numbers, hashes, keys), also written into `details`.
 *
 * @example
 * try {
 *   db.stateAt(oldHash).get(key);
 * } catch (error) {
 *   if (error instanceof StorageError && error.code === 'CHAIN_STATE_PRUNED') {
 *     // error.shortMessage: 'state of block #12 is pruned (keeps the last 256)'
 *   }
 * }
 */
export class StorageError extends BaseError<StorageErrorCode> {
  override readonly name = 'StorageError';
  /** Values involved, for logs and RPC error data. */
  readonly values: Readonly<Record<string, unknown>>;

  constructor(
    code: StorageErrorCode,
    message: string,
    values: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    const details = Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key} = ${String(value)}`)
      .join(', ');
    super(code, message, { ...options, ...(details === '' ? {} : { details }) });
    this.values = values;
  }
}
