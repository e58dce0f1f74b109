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
 * The one error class of the miner package; `code` is stable, `message` says what to do.
 *
 * @example
 * throw new MinerError('MINER_MODEL_BAD_INPUT', 'input has 783 values, expected 784 (1 × 784)');
 */
export class MinerError extends Error {
  override readonly name = 'MinerError';
  constructor(
    readonly code: MinerErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
