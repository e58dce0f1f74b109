import { describe, expect, test } from 'vitest';
import { BaseError } from './base-error.js';
import { shortMessageOf } from './short-message-of.js';

describe('shortMessageOf', () => {
  test('default: a BaseError gives its short message, without details and docs path', () => {
    const error = new BaseError('CHAIN_STORAGE_CLOSED', 'the chain database is closed', {
      details: 'close() ran',
    });
    expect(shortMessageOf(error)).toBe('the chain database is closed');
  });

  test('args: another Error gives its message, anything else its string', () => {
    expect(shortMessageOf(new TypeError('reset'))).toBe('reset');
    expect(shortMessageOf('boom')).toBe('boom');
    expect(shortMessageOf(42)).toBe('42');
  });
});
