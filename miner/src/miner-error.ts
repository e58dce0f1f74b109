import { BaseError } from '@subnetkit/errors';
import type { AxonErrorCode } from './axon/axon-errors.js';

/** Stable codes of the miner's errors: the model runner's and the axon's (`AXON_ERRORS`). */
export type MinerErrorCode =
  | 'MINER_MODEL_LOAD_FAILED'
  | 'MINER_MODEL_BAD_INPUT'
  | 'MINER_MODEL_CLOSED'
  | 'MINER_MODEL_RUN_FAILED'
  | 'MINER_OPTIONS_INVALID'
  | 'MINER_NOT_REGISTERED'
  | 'MINER_CLOSED'
  | AxonErrorCode;

/**
 * The error class of the miner package (model runner and axon), on the shared `BaseError`; `code` is stable,
 * `shortMessage` says what to do. The axon answers with `shortMessage` and the HTTP status of its `AXON_…` code.
 *
 * @example
 * throw new MinerError('MINER_MODEL_BAD_INPUT', 'input has 783 values, expected 784 (1 × 784)');
 */
export class MinerError extends BaseError<MinerErrorCode> {
  override readonly name = 'MinerError';
}
