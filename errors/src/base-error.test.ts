import { describe, expect, test } from 'vitest';
import { BaseError } from './base-error.js';

class PackageError extends BaseError<'SDK_WRONG_PASSWORD' | 'SDK_INVALID_KEY'> {
  override name = 'PackageError';
}

class LayerError extends PackageError {
  override name = 'LayerError';
  constructor(readonly field: string) {
    super('SDK_INVALID_KEY', `${field} is not a key`);
  }
}

describe('BaseError', () => {
  test('default: message is the short message, then the docs path derived from the code', () => {
    const error = new BaseError('CHAIN_STORAGE_CLOSED', 'the chain database is closed');
    expect(error.message).toBe('the chain database is closed\n\nDocs: docs/errors.md#chain_storage_closed');
    expect(error.shortMessage).toBe('the chain database is closed');
    expect(error.code).toBe('CHAIN_STORAGE_CLOSED');
    expect(error.details).toBeUndefined();
    expect(error.docsPath).toBe('docs/errors.md#chain_storage_closed');
    expect(error.name).toBe('BaseError');
    expect('cause' in error).toBe(false);
  });

  test('args: details come between the short message and the docs path', () => {
    const error = new BaseError('SDK_WRONG_PASSWORD', 'Wrong password.', {
      details: 'the keyfile does not decrypt',
    });
    expect(error.message).toBe(
      'Wrong password.\n\nDetails: the keyfile does not decrypt\nDocs: docs/errors.md#sdk_wrong_password',
    );
    expect(error.details).toBe('the keyfile does not decrypt');
  });

  test('args: docsPath overrides the default', () => {
    const error = new BaseError('AXON_TIMEOUT', 'too slow', { docsPath: 'docs/miner.md#securing-a-miner' });
    expect(error.docsPath).toBe('docs/miner.md#securing-a-miner');
    expect(error.message).toBe('too slow\n\nDocs: docs/miner.md#securing-a-miner');
  });

  test('args: cause is kept as the standard Error cause', () => {
    const cause = new Error('ENOENT');
    const error = new BaseError('SDK_KEYFILE_NOT_FOUND', 'No keyfile.', { cause });
    expect(error.cause).toBe(cause);
    expect(error.message).not.toContain('ENOENT');
  });

  test('behavior: subclasses are instances of BaseError and Error, with their own name and fields', () => {
    const error = new LayerError('hotkey');
    expect(error).toBeInstanceOf(LayerError);
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toBeInstanceOf(BaseError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LayerError');
    expect(error.field).toBe('hotkey');
    expect(error.code).toBe('SDK_INVALID_KEY');
    expect(new PackageError('SDK_WRONG_PASSWORD', 'x')).not.toBeInstanceOf(LayerError);
    expect(String(error)).toBe(`LayerError: ${error.message}`);
    expect(error.stack).toContain('LayerError: hotkey is not a key');
  });

  test('behavior: walk finds the first error in the cause chain that matches', () => {
    const root = new Error('ECONNREFUSED');
    const middle = new LayerError('hotkey');
    Object.defineProperty(middle, 'cause', { value: root });
    const top = new BaseError('CLI_CONNECTION_FAILED', 'no node', { cause: middle });
    expect(top.walk((e) => e instanceof LayerError)).toBe(middle);
    expect(top.walk((e) => e instanceof BaseError)).toBe(top);
    expect(top.walk((e) => e instanceof TypeError)).toBeUndefined();
    expect(top.walk()).toBe(root);
    expect(new BaseError('CLI_USAGE', 'x').walk()).toBeInstanceOf(BaseError);
  });

  test('behavior: walk stops on a cause cycle', () => {
    const a = new BaseError('CLI_USAGE', 'a');
    const b = new BaseError('CLI_USAGE', 'b', { cause: a });
    Object.defineProperty(a, 'cause', { value: b });
    expect(a.walk((e) => e === null)).toBeUndefined();
    expect(a.walk()).toBe(a);
  });
});
