import { SdkError, type SdkErrorCode } from '../errors/sdk-error.js';
import { isConnectionError } from './read-chain.js';

/** Transaction-pool answers (`author_submitAndWatchExtrinsic` errors) and the code each maps to. */
const POOL_REJECTIONS: readonly (readonly [RegExp, SdkErrorCode, string])[] = [
  [/outdated|Priority is too low|Already Imported/i, 'SDK_TX_STALE_NONCE', 'The nonce was already used.'],
  [/pay some fees|Inability to pay/i, 'SDK_TX_PAYMENT', 'The signer cannot pay the transaction fee.'],
  [/bad signature|BadProof/i, 'SDK_TX_BAD_SIGNATURE', 'The node refused the signature.'],
];

/**
 * Maps an error from submitting an extrinsic to the SDK's codes: a stale or reused nonce (`SDK_TX_STALE_NONCE`),
 * fees (`SDK_TX_PAYMENT`), the signature (`SDK_TX_BAD_SIGNATURE`), any other pool rejection (`SDK_TX_INVALID`),
 * a dropped connection (`SDK_CONNECTION_LOST`). SDK errors pass through unchanged.
 *
 * @example
 * await tx.send(onStatus).catch((error) => { throw toSubmissionError(error, 'balances.transferKeepAlive'); });
 */
export function toSubmissionError(error: unknown, what: string): SdkError {
  if (error instanceof SdkError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isConnectionError(error)) {
    return new SdkError('SDK_CONNECTION_LOST', `${what}: the connection to the chain was lost.`, {
      details: message,
      cause: error,
    });
  }
  for (const [pattern, code, short] of POOL_REJECTIONS) {
    if (pattern.test(message))
      return new SdkError(code, `${what}: ${short}`, { details: message, cause: error });
  }
  if (/^10\d\d:/.test(message)) {
    return new SdkError('SDK_TX_INVALID', `${what}: the node refused the transaction.`, {
      details: message,
      cause: error,
    });
  }
  return new SdkError('SDK_RPC_FAILED', `${what}: submission failed.`, { details: message, cause: error });
}
