import { describe, expect, test } from 'vitest';
import { SdkError } from '../errors/sdk-error.js';
import { toSubmissionError } from './submission-error.js';

// Messages as @polkadot/api reports a node's JSON-RPC errors and lost connections.
describe('toSubmissionError', () => {
  test.each([
    ['1010: Invalid Transaction: Transaction is outdated', 'SDK_TX_STALE_NONCE'],
    ['1014: Priority is too low: (1 vs 1)', 'SDK_TX_STALE_NONCE'],
    ['1013: Transaction Already Imported', 'SDK_TX_STALE_NONCE'],
    [
      '1010: Invalid Transaction: Inability to pay some fees , e.g. account balance too low',
      'SDK_TX_PAYMENT',
    ],
    ['1010: Invalid Transaction: Transaction has a bad signature', 'SDK_TX_BAD_SIGNATURE'],
    ['1010: Invalid Transaction: Transaction call is not expected', 'SDK_TX_INVALID'],
    ['1011: Unknown Transaction Validity: ...', 'SDK_TX_INVALID'],
    ['disconnected from ws://127.0.0.1:9944: 1006:: Abnormal Closure', 'SDK_CONNECTION_LOST'],
    ['WebSocket is not connected', 'SDK_CONNECTION_LOST'],
    ['-32603: Internal error', 'SDK_RPC_FAILED'],
  ])('default: %s → %s', (message, code) => {
    const error = toSubmissionError(new Error(message), 'Balances.transferKeepAlive');
    expect(error.code).toBe(code);
    expect(error.shortMessage).toContain('Balances.transferKeepAlive');
    expect(error.details).toBe(message);
  });

  test('behavior: SDK errors pass through unchanged', () => {
    const original = new SdkError('SDK_DEADLINE_EXCEEDED', 'late');
    expect(toSubmissionError(original, 'x')).toBe(original);
  });
});
